# Publishing a port: the host's localhost:8080 reaches nginx's port 80 in the container
docker run -d -p 8080:80 --name web nginx
curl -s localhost:8080 | head -4
curl -I localhost:8080
curl localhost:8080/nope
curl -sf localhost:8080/nope
# nginx's access log is its stdout
docker logs web 2>/dev/null
curl localhost:9999
docker run -d -p 8080:80 nginx
docker exec web curl -s -o /dev/null -w '%{http_code}\n' localhost
docker stop web
curl localhost:8080
# Names resolve on a user-defined network, not on the default bridge
docker network create todo
docker run -d --network todo --name api nginx
docker run --rm --network todo alpine wget -qO- http://api | head -4
docker run --rm --network todo alpine wget -O /dev/null http://api
docker run --rm alpine wget -qO- http://api
docker run --rm --network todo alpine wget http://api/missing
# Apache httpd
docker run -d -p 8081:80 --name apache httpd
curl -i localhost:8081
docker logs apache 2>/dev/null
# A private registry: its catalog lists what was pushed
docker run -d -p 5000:5000 --name registry registry:2
curl -s localhost:5000/v2/; echo
curl localhost:5000/v2/_catalog
docker tag nginx localhost:5000/mynginx
docker push localhost:5000/mynginx
curl localhost:5000/v2/_catalog
