# The learner's own terminal: the same sh as inside containers, around the docker CLI.
pwd
ls -a
cat package.json | grep express
cat > notes.txt <<'EOF'
first line
second line
EOF
echo "third line" >> notes.txt
wc -l notes.txt
NAME=web; echo "container: $NAME"
docker run -d --name "$NAME" nginx > /dev/null && echo started
docker ps --format '{{.Names}}' | wc -l
docker rm -f $(docker ps -aq)
nosuchcommand
echo "exit status was $?"
history 2
