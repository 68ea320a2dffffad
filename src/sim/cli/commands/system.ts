/**
 * `docker system df` (GET /system/df: the TYPE/TOTAL/ACTIVE/SIZE/RECLAIMABLE summary
 * computed as docker/cli's disk-usage formatter does, or the `-v` per-object tables)
 * and `docker system prune` (containers, networks, dangling images, build cache).
 */
import type { CommandSpec } from '../command.ts';
import { noArgs } from '../command.ts';
import { filtersJson, formatFlag, forceNoPromptFlag, pruneFilterFlag } from '../common-flags.ts';
import { humanSize, humanSize4 } from '../../format/index.ts';
import { writeList } from '../output.ts';
import type { ContainerSummary } from '../container-context.ts';
import { containerRow } from '../container-context.ts';
import type { ImageSummary } from '../image-context.ts';
import { imageEntries, imageRow } from '../image-context.ts';
import { confirm } from './prune.ts';
import { pruneBuildCache } from './builder.ts';
import type { Writer } from '../io.ts';

interface DiskUsage {
  LayersSize?: number;
  Images?: ImageSummary[] | null;
  Containers?: ContainerSummary[] | null;
  Volumes?: { Name: string; UsageData?: { Size: number; RefCount: number } | null }[] | null;
  BuildCache?: { ID: string; Type?: string; Size: number; InUse?: boolean; Shared?: boolean; CreatedAt?: string; LastUsedAt?: string; UsageCount?: number }[] | null;
}

const withPercent = (reclaimable: number, total: number) =>
  total > 0 ? `${humanSize4(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : humanSize4(reclaimable);

function summary(du: DiskUsage) {
  const images = du.Images ?? [];
  const containers = du.Containers ?? [];
  const volumes = du.Volumes ?? [];
  const cache = du.BuildCache ?? [];
  const layers = du.LayersSize ?? 0;
  const usedImages = images.filter((i) => (i.Containers ?? 0) > 0);
  const used = usedImages.reduce((sum, i) => ((i.Size ?? -1) === -1 || (i.SharedSize ?? -1) === -1 ? sum : sum + (i.Size ?? 0) - (i.SharedSize ?? 0)), 0);
  const isActive = (c: ContainerSummary) => ['running', 'paused', 'restarting'].includes(c.State ?? '');
  const ctotal = containers.reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const creclaim = containers.filter((c) => !isActive(c)).reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const vsize = (v: (typeof volumes)[number]) => Math.max(0, v.UsageData?.Size ?? 0);
  const vtotal = volumes.reduce((s, v) => s + vsize(v), 0);
  const vreclaim = volumes.filter((v) => (v.UsageData?.RefCount ?? 0) === 0).reduce((s, v) => s + vsize(v), 0);
  const btotal = cache.filter((b) => !b.Shared).reduce((s, b) => s + b.Size, 0);
  const breclaim = cache.filter((b) => !b.InUse && !b.Shared).reduce((s, b) => s + b.Size, 0);
  return [
    { Type: 'Images', TotalCount: String(images.length), Active: String(usedImages.length), Size: humanSize4(layers), Reclaimable: withPercent(layers - used, layers) },
    { Type: 'Containers', TotalCount: String(containers.length), Active: String(containers.filter(isActive).length), Size: humanSize4(ctotal), Reclaimable: withPercent(creclaim, ctotal) },
    { Type: 'Local Volumes', TotalCount: String(volumes.length), Active: String(volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length), Size: humanSize4(vtotal), Reclaimable: withPercent(vreclaim, vtotal) },
    { Type: 'Build Cache', TotalCount: String(cache.length), Active: String(cache.filter((b) => b.InUse).length), Size: humanSize4(btotal), Reclaimable: humanSize4(breclaim) },
  ];
}

function verbose(out: Writer, du: DiskUsage, now: number): void {
  out.write('Images space usage:\n\n');
  const imageRows = (du.Images ?? []).flatMap((img) => imageEntries(img, false).map((e) => imageRow(img, e, now, true)));
  writeList(out, '', {
    defaultFormat: 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}',
    headers: { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', Size: 'SIZE', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', Containers: 'CONTAINERS' },
    rows: imageRows,
  });
  out.write('\nContainers space usage:\n\n');
  writeList(out, '', {
    defaultFormat: 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}',
    headers: { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', LocalVolumes: 'LOCAL VOLUMES', Size: 'SIZE', RunningFor: 'CREATED', Status: 'STATUS', Names: 'NAMES' },
    rows: (du.Containers ?? []).map((c) => ({ ...containerRow(c, now, true), Size: humanSize(c.SizeRw ?? 0) })),
  });
  out.write('\nLocal Volumes space usage:\n\n');
  writeList(out, '', {
    defaultFormat: 'table {{.Name}}\t{{.Links}}\t{{.Size}}',
    headers: { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' },
    rows: (du.Volumes ?? []).map((v) => ({ Name: v.Name, Links: String(v.UsageData?.RefCount ?? 0), Size: (v.UsageData?.Size ?? -1) === -1 ? 'N/A' : humanSize(v.UsageData?.Size ?? 0) })),
  });
  const cache = du.BuildCache ?? [];
  out.write(`\nBuild cache usage: ${humanSize4(cache.reduce((s, b) => s + b.Size, 0))}\n\n`);
  writeList(out, '', {
    defaultFormat: 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
    headers: { ID: 'CACHE ID', CacheType: 'CACHE TYPE', Size: 'SIZE', CreatedSince: 'CREATED', LastUsedSince: 'LAST USED', UsageCount: 'USAGE', Shared: 'SHARED' },
    rows: cache.map((b) => ({ ID: b.ID.slice(0, 12), CacheType: b.Type ?? '', Size: humanSize(b.Size), CreatedSince: '', LastUsedSince: '', UsageCount: String(b.UsageCount ?? 0), Shared: String(b.Shared ?? false) })),
  });
}

export const systemDf: CommandSpec = {
  name: 'df',
  use: '[OPTIONS]',
  short: 'Show docker disk usage',
  args: noArgs,
  flags: [formatFlag, { long: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' }],
  async run({ flags, io, client }) {
    const du = await (await client()).json<DiskUsage>('GET', '/system/df');
    if (flags.bool('verbose')) {
      verbose(io.stdout, du, io.now());
      return 0;
    }
    writeList(io.stdout, flags.string('format'), {
      defaultFormat: 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}',
      headers: { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' },
      rows: summary(du),
    });
    return 0;
  },
};

export const systemPrune: CommandSpec = {
  name: 'prune',
  use: '[OPTIONS]',
  short: 'Remove unused data',
  args: noArgs,
  flags: [
    { long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    pruneFilterFlag,
    forceNoPromptFlag,
    { long: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
  ],
  async run({ flags, io, client }) {
    const all = flags.bool('all');
    const items = ['all stopped containers', 'all networks not used by at least one container'];
    if (flags.bool('volumes')) items.push('all anonymous volumes not used by at least one container');
    items.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
    items.push(all ? 'all build cache' : 'unused build cache');
    const warning = `WARNING! This will remove:\n${items.map((i) => `  - ${i}\n`).join('')}`;
    if (!flags.bool('force') && !(await confirm(io, warning))) return 0;
    const c = await client();
    const filters = filtersJson(flags.list('filter'));
    let out = '';
    let space = 0;
    const containers = await c.json<{ ContainersDeleted?: string[] | null; SpaceReclaimed?: number }>('POST', '/containers/prune', { query: { filters } });
    if (containers.ContainersDeleted?.length) out += `Deleted Containers:\n${containers.ContainersDeleted.join('\n')}\n\n`;
    space += containers.SpaceReclaimed ?? 0;
    const networks = await c.json<{ NetworksDeleted?: string[] | null }>('POST', '/networks/prune', { query: { filters } });
    if (networks.NetworksDeleted?.length) out += `Deleted Networks:\n${networks.NetworksDeleted.join('\n')}\n\n`;
    if (flags.bool('volumes')) {
      const volumes = await c.json<{ VolumesDeleted?: string[] | null; SpaceReclaimed?: number }>('POST', '/volumes/prune', { query: { filters } });
      if (volumes.VolumesDeleted?.length) out += `Deleted Volumes:\n${volumes.VolumesDeleted.join('\n')}\n\n`;
      space += volumes.SpaceReclaimed ?? 0;
    }
    const images = await c.json<{ ImagesDeleted?: { Untagged?: string; Deleted?: string }[] | null; SpaceReclaimed?: number }>('POST', '/images/prune', {
      query: { filters: filtersJson(flags.list('filter'), [['dangling', all ? 'false' : 'true']]) },
    });
    if (images.ImagesDeleted?.length) {
      out += 'Deleted Images:\n' + images.ImagesDeleted.map((i) => (i.Untagged ? `untagged: ${i.Untagged}\n` : `deleted: ${i.Deleted}\n`)).join('') + '\n';
    }
    space += images.SpaceReclaimed ?? 0;
    const cache = await pruneBuildCache(c, all);
    if (cache.CachesDeleted?.length) out += `Deleted build cache objects:\n${cache.CachesDeleted.join('\n')}\n\n`;
    space += cache.SpaceReclaimed ?? 0;
    io.stdout.write(out + `Total reclaimed space: ${humanSize4(space)}\n`);
    return 0;
  },
};
