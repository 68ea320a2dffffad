# The better ordering on BuildKit: npm install stays CACHED after an index.js edit; a failing RUN and a typo show BuildKit's errors.
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
printf 'FROM alpine\nRUN echo start && exit 3\n' > Dockerfile.fail
docker build -f Dockerfile.fail .
echo $?
printf 'FROM alpine\nRUN echo hi\nRUNN echo x\n' > Dockerfile.typo
docker build -f Dockerfile.typo .
