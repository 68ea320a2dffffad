# Bad input gets Docker's own message and exit code, and changes nothing.
docker foo
docker run --foo alpine
docker ps extra
docker run
docker tag alpine
docker images a b
docker pull UPPER
docker pull bad:ref:x
docker run Alpine:latest
docker pull nonexistent
docker pull alpine:nope
docker run -p 99999:80 alpine
docker rm nosuch
docker rm -f nosuch
docker stop nosuch
docker start nosuch
docker inspect nosuch
docker logs nosuch
docker run -d --name web nginx
docker run -d --name web nginx
docker rm web
docker kill nosuch
docker exec nosuch ls
docker run --name x1 alpine nosuchcmd
docker run alpine /etc
docker rmi nginx
docker rmi nosuch
docker push nginx
docker ps -a --format '{{.Names}} {{.Status}}'
