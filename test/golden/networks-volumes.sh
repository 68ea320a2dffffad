# Networks and volumes from Docker's getting-started guide.
docker network create todo
docker network ls
docker network create todo
docker volume create todo-db
docker volume ls
docker run -d --name db --network todo --network-alias mysql -v todo-db:/data alpine sleep 1000
docker run --rm --network todo alpine cat /etc/hosts
docker exec db sh -c 'echo saved > /data/note'
docker rm -f db
docker run --rm -v todo-db:/data alpine cat /data/note
docker volume rm todo-db
docker run -d --name keeper -v todo-db:/data alpine sleep 1000
docker volume rm todo-db
docker network rm todo
docker rm -f keeper
docker network rm todo
docker volume inspect todo-db
docker network inspect bridge --format '{{.Name}} {{.Driver}} {{range .IPAM.Config}}{{.Subnet}}{{end}}'
echo "hello from the host" > note.txt
docker run --rm -v "$(pwd)":/work alpine cat /work/note.txt
docker run --rm -v "$(pwd)":/work alpine sh -c 'echo "written in a container" > /work/reply.txt'
cat reply.txt
docker run --rm -v "$(pwd)":/work:ro alpine sh -c 'echo no > /work/x'
docker volume prune -f
docker network prune -f
