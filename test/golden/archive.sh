# Archives: copying files in and out of containers, saving and loading images, exporting and importing filesystems.
# docker cp is quiet here: the real CLI prints "Successfully copied …" only when stdout is a terminal.
docker run -d --name web alpine sleep 1000
docker cp web:/etc/hostname .
cat hostname
echo hello from the host > note.txt
docker cp note.txt web:/tmp/
docker exec web cat /tmp/note.txt
docker exec web sh -c "mkdir -p /data/logs && echo one > /data/a.txt && echo two > /data/logs/b.txt"
docker cp web:/data ./out
find out
docker cp web:/nope .
docker cp note.txt copy.txt
docker cp web:/etc/hostname other:/tmp
# docker save writes v28's OCI layout (index.json, oci-layout, blobs/sha256/…) plus manifest.json.
docker save -o alpine.tar alpine
# ls -l shows the archive's bytes: placeholder binaries carry their declared sizes as PAX records, so the tar is far smaller than the 7.95MB image.
ls -l alpine.tar
docker images --format '{{.ID}} {{.Repository}}:{{.Tag}}' alpine
docker rm -f web
docker rmi alpine
docker load -i alpine.tar
docker images --format '{{.ID}} {{.Repository}}:{{.Tag}}' alpine
docker save alpine > again.tar
docker load < again.tar
docker run -d --name box alpine sh -c "echo kept > /root/mine; sleep 1000"
docker export -o fs.tar box
docker import fs.tar myimage:1
docker history myimage:1
docker run --rm myimage:1 cat /root/mine
