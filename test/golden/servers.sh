# The official server images start with their real entrypoints, serve, and stop cleanly.
docker pull -q nginx
docker pull -q redis
docker pull -q postgres
docker pull -q registry:2
docker pull -q httpd
docker pull -q node:20
docker pull -q python:3.12
docker run -d --name web nginx
docker logs web
docker stop web
docker logs web 2>&1 | tail -3
docker run -d --name db redis
docker logs db
docker exec db id
docker exec db redis-cli PING
docker exec db redis-cli SET greeting hello
docker exec db redis-cli GET greeting
docker exec db redis-cli INCR visits
docker exec db redis-cli --no-raw INCR visits
docker exec db redis-cli --no-raw GET greeting
docker exec db redis-cli --no-raw KEYS '*'
docker exec db redis-cli --no-raw GET nothing
docker exec db redis-cli --no-raw DEL greeting
docker exec db redis-cli --no-raw NOSUCH x
docker exec db redis-cli SET session abc EX 60
docker exec db redis-cli TTL session
docker exec db redis-cli -p 6380 PING
docker stop db
docker logs db 2>&1 | tail -5
docker rm db
# A named volume keeps redis's data when the container is replaced.
docker volume create redis-data
docker run -d --name cache -v redis-data:/data redis
docker exec cache redis-cli SET counter 41
docker exec cache redis-cli SAVE
docker exec cache ls -l /data
docker rm -f cache
docker run -d --name cache -v redis-data:/data redis
docker logs cache 2>&1 | tail -6
docker exec cache redis-cli INCR counter
# Another container reaches redis by name on a user-defined network (not on the default bridge).
docker run --rm redis redis-cli -h cache PING
docker network create app
docker network connect app cache
docker run --rm --network app redis redis-cli -h cache GET counter
docker rm -f cache
docker run -d --name pg -e POSTGRES_PASSWORD=secret postgres
docker logs pg
docker stop pg
docker logs pg 2>&1 | tail -3
docker run --name pg-nopass postgres
docker run -d --name reg registry:2
docker logs reg
docker stop reg
docker run -d --name apache httpd
docker logs apache
docker stop apache
docker run --rm node:20 node --version
docker run --rm python:3.12 python --version
docker run --rm python:3.12 python -c 'print("hi")'
docker ps -a
