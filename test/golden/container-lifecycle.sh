# Every state of a container, and the commands that move it between them.
docker create --name c1 alpine echo hi
docker ps -a
docker start -a c1
docker start c1
docker wait c1
docker logs c1
docker run -d --name sleeper alpine sleep 1000
docker ps
docker pause sleeper
docker ps
docker exec sleeper ls
docker unpause sleeper
docker exec sleeper sh -c 'echo hello > /tmp/greeting && cat /tmp/greeting'
docker diff sleeper
docker rename sleeper napper
docker ps --format '{{.Names}} {{.Status}}'
docker restart napper
docker kill napper
docker ps -a --format 'table {{.Names}}\t{{.Status}}'
docker rm napper c1
docker run --rm alpine sh -c 'exit 3'
docker run -d --name web nginx
docker stop -t 2 web
docker run -d --name loop alpine sh -c 'while true; do echo tick; sleep 1; done'
docker logs --tail 2 loop
docker logs -t --tail 1 loop
docker stop loop
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' loop
docker commit -m "a greeting" web mynginx:v1
docker container prune -f
docker ps -a
docker run -d --name pub -p 8080:80 nginx
docker port pub
docker port pub 80/tcp
docker port pub 81
docker top pub
docker rm -f pub
