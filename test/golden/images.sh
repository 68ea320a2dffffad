# Images: pulling, naming, layers, history, sharing, removing.
docker pull debian
docker pull node:20
docker images
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker pull alpine
docker history alpine
docker history node:20
docker tag debian mydebian:1.0
docker images -q
docker image inspect -f '{{.Os}}/{{.Architecture}} {{len .RootFS.Layers}} layers' node:20
docker rmi mydebian:1.0
docker image prune -f
docker system df
docker login -u learner -p secret
docker tag alpine learner/alpine:v1
docker push learner/alpine:v1
docker logout
