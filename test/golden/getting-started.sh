# Docker's getting-started path, end to end: build the sample app, run it, reach it,
# connect containers by name, keep data in a volume, and see a host edit through a bind mount.
docker build -q -t getting-started .
docker run -dp 3000:3000 --name app getting-started
curl -s localhost:3000
docker logs app
docker network create todo
docker network connect todo app
docker run --rm --network todo alpine wget -qO- http://app:3000
docker run -d --name cache --network todo -v todo-data:/data redis
docker run --rm --network todo redis redis-cli -h cache SET visits 41
docker run --rm --network todo redis redis-cli -h cache INCR visits
docker stop cache
docker rm cache
docker run -d --name cache --network todo -v todo-data:/data redis
docker run --rm --network todo redis redis-cli -h cache GET visits
docker run -d --name dev -p 3001:3000 -w /app -v "$(pwd)":/app node:18 sh -c "npm install && node index.js"
sleep 5
docker logs dev | tail -2
curl -s localhost:3001
cat > index.js <<'END'
const express = require('express');
const app = express();
app.get('/', (req, res) => res.send('Hello again, edited on the host!\n'));
app.listen(3000, () => console.log('App listening on port 3000'));
END
docker exec dev grep Hello /app/index.js
ls node_modules | head -3
docker restart dev
sleep 5
curl -s localhost:3001
docker ps --format 'table {{.Names}}\t{{.Ports}}\t{{.Networks}}'
