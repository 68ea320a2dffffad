/**
 * BusyBox's applets and where Alpine installs their links. One binary serves every
 * applet, chosen by argv[0], so the image holds `/bin/busybox` and links to it; the
 * program that runs them is `busybox` (the simulator's userland). The lists follow
 * `busybox --list-full` of Alpine 3.20's busybox 1.36.1 (the applets its build enables).
 */
import type { FileSpec } from './spec.ts';
import { link } from './files.ts';

const applets: Record<string, string> = {
  '/bin':
    'arch ash base64 bbconfig cat chattr chgrp chmod chown cp date dd df dmesg dnsdomainname dumpkmap echo egrep false fatattr ' +
    'fdflush fgrep fsync getopt grep gunzip gzip hostname ionice iostat ipcalc kbd_mode kill link linux32 linux64 ln login ls ' +
    'lsattr lzop makemime mkdir mknod mktemp more mount mountpoint mpstat mv netstat nice pidof ping ping6 pipe_progress ' +
    'printenv ps pwd reformime rev rm rmdir run-parts sed setpriv setserial sh sleep stat stty su sync tar touch true umount ' +
    'uname usleep watch zcat',
  '/sbin':
    'acpid adjtimex arp blkid blockdev depmod fbsplash fdisk findfs fsck fstrim getty halt hwclock ifconfig ifdown ifenslave ' +
    'ifup init inotifyd insmod ip ipaddr iplink ipneigh iproute iprule iptunnel klogd loadkmap logread losetup lsmod mdev ' +
    'mkdosfs mkfs.vfat mkswap modinfo modprobe nameif nologin pivot_root poweroff raidautorun reboot rmmod route setconsole ' +
    'slattach swapoff swapon switch_root sysctl syslogd tunctl udhcpc vconfig watchdog',
  '/usr/bin':
    '[ [[ awk basename bc beep blkdiscard bunzip2 bzcat bzip2 cal chvt cksum clear cmp comm cpio crontab cryptpw cut dc ' +
    'deallocvt diff dirname dos2unix du eject env expand expr factor fallocate find flock fold free fuser groups hd head ' +
    'hexdump hostid id install ipcrm ipcs killall last less logger lsof lsusb lzcat lzma lzopcat md5sum mesg microcom mkfifo ' +
    'mkpasswd nc nl nmeter nohup nproc nsenter nslookup od openvt paste patch pgrep pkill pmap printf pscan pstree pwdx ' +
    'readlink realpath renice reset resize seq setkeycodes setsid sha1sum sha256sum sha3sum sha512sum showkey shred shuf ' +
    'sort split strings sum tac tail tee test time timeout top tr traceroute traceroute6 truncate tty ttysize udhcpc6 ' +
    'unexpand uniq unix2dos unlink unlzma unlzop unshare unxz unzip uptime uudecode uuencode vi vlock volname wc wget which ' +
    'who whoami whois xargs xxd xzcat yes',
  '/usr/sbin':
    'add-shell addgroup adduser arping brctl chpasswd chroot crond delgroup deluser ether-wake fbset killall5 loadfont ' +
    'nanddump nandwrite nbd-client ntpd partprobe rdate rdev readahead remove-shell rfkill sendmail setfont setlogcons',
};

/** Every applet name, each once. */
export function appletNames(): string[] {
  return Object.values(applets).flatMap((names) => names.split(' '));
}

/** Alpine's layout: applets spread over /bin, /sbin, /usr/bin, /usr/sbin, linked to `/bin/busybox` by absolute path. */
export function alpineAppletLinks(): FileSpec[] {
  return Object.entries(applets).flatMap(([dirPath, names]) => names.split(' ').map((name) => link(`${dirPath}/${name}`, '/bin/busybox')));
}

/**
 * The busybox image's layout: every applet in /bin next to the binary. The real image
 * uses hard links; image specs have no hard links, so these are relative symlinks,
 * which resolve to the same program.
 */
export function flatAppletLinks(): FileSpec[] {
  return appletNames().map((name) => link(`/bin/${name}`, 'busybox'));
}
