# The seed example on BuildKit (the default builder): build, rebuild from cache, edit, rebuild, run, history.
cat > Dockerfile <<'EOF2'
FROM node:18
COPY . /app
WORKDIR /app
RUN npm install
CMD ["node", "index.js"]
EOF2
docker build -t app .
docker build -t app .
echo "// change" >> index.js
docker build -t app .
docker run --rm app ls
docker history app
