# What the client and the daemon say about themselves, and the help a learner reads.
docker version
docker info
docker --help
docker run --help
docker ps --help
docker run -d --name web nginx
docker exec web ls /usr/share/nginx/html
docker inspect --format '{{.Config.Image}} {{.State.Running}} {{json .Config.ExposedPorts}}' web
docker events --since 10m --until 0s --filter type=container
docker system df -v
docker rm -f web
