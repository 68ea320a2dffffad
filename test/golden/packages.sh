# Package managers install from small simulated indexes; the files land in the container's layer.
docker pull -q alpine:3.20
docker pull -q debian:bookworm
docker pull -q python:3.12
docker pull -q ubuntu:24.04
docker run --rm alpine:3.20 apk add nosuch
docker run --name with-curl alpine:3.20 apk add --no-cache curl
docker run --rm alpine:3.20 sh -c 'apk update && apk add jq && apk add jq'
docker commit with-curl alpine-curl
docker history alpine-curl
docker run --rm alpine-curl sh -c 'ls -l /usr/bin/curl && apk info | wc -l'
docker run --rm debian:bookworm apt-get install -y curl
docker run --rm debian:bookworm sh -c 'apt-get update -qq && apt-get install --no-install-recommends curl'
docker run --name deb-curl debian:bookworm sh -c 'apt-get update && apt-get install -y curl'
docker commit deb-curl debian-curl
docker history debian-curl
# Removing the package lists in the same RUN keeps them out of the layer.
docker run --name deb-slim debian:bookworm sh -c 'apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*' > /dev/null 2>&1
docker commit deb-slim debian-curl-slim
docker history debian-curl-slim | head -2
docker run --rm debian:bookworm sh -c 'apt-get update -qq && apt-get install -y nosuch'
docker run --rm ubuntu:24.04 apt-get update
docker run --name py-flask python:3.12 pip install flask
docker run --rm python:3.12 pip install nosuch
docker run --rm python:3.12 pip install 'requests==1.0'
docker commit py-flask python-flask
docker history python-flask | head -3
docker run --rm python-flask sh -c 'pip list && which flask'
docker run --rm python-flask flask --version
