# The sample app runs for real: node executes index.js in a sandbox, express answers through the published port
docker build -q -t app .
docker run -d -p 3000:3000 --name app app
curl localhost:3000
curl -i localhost:3000/nope
docker logs app
docker stop app
docker run --rm node:20 node -e 'console.log(1+1)'
docker run --rm node:20 node -p 'process.version'
docker run --rm node:20 node -e 'while(true){}'
docker run --rm node:20 node nope.js
docker run --rm node:20 node -e 'setTimeout(() => console.log("after one second", new Date().toISOString()), 1000)'
