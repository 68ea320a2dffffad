# The better ordering keeps `npm install` cached when only the source changes.
export DOCKER_BUILDKIT=0
cat > Dockerfile <<'EOF2'
FROM node:18
WORKDIR /app
COPY package*.json ./
RUN npm install
COPY . .
CMD ["node", "index.js"]
EOF2
docker build -q -t app .
echo "// change" >> index.js
docker build -t app .
docker build -f nope -t app .
docker build -t app missing-dir
