/**
 * The learner's home directory at the start of a session: a small Node app with a
 * Dockerfile, ready for `docker build`, the example Docker's own getting-started guide
 * teaches with.
 */

export const sampleApp: Record<string, string> = {
  'package.json': `{
  "name": "hello-dockyard",
  "version": "1.0.0",
  "description": "A tiny web app to containerize",
  "main": "index.js",
  "scripts": {
    "start": "node index.js"
  },
  "dependencies": {
    "express": "^4.19.2"
  }
}
`,
  'index.js': `const express = require('express');

const app = express();
const port = process.env.PORT || 3000;

app.get('/', (req, res) => {
  res.send('Hello from inside a container!\\n');
});

app.listen(port, () => {
  console.log(\`App listening on port \${port}\`);
});
`,
  Dockerfile: `FROM node:18
COPY . /app
WORKDIR /app
RUN npm install
CMD ["node", "index.js"]
`,
  '.dockerignore': `node_modules
npm-debug.log
`,
};
