# The acceptance script: a learner's first ten minutes with Docker.
docker run hello-world
docker images
docker ps -a
docker run -d --name web nginx
docker ps
docker logs web
docker stop web
docker rm web
docker rmi hello-world
docker rm $(docker ps -aq)
docker rmi hello-world
docker pull alpine
docker pull alpine
docker tag alpine localhost:5000/alpine
docker push localhost:5000/alpine
docker run -d -p 5000:5000 registry:2
docker push localhost:5000/alpine
docker pull localhost:5000/alpine
