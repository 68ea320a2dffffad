/**
 * The postgres image's entrypoint, shortened but faithful where it shows: the same
 * functions, the same checks and messages (the refusal to initialise without
 * POSTGRES_PASSWORD is upstream's text), the same order. Two honest differences:
 * - upstream re-runs itself as `postgres` through gosu; the simulator's gosu cannot
 *   switch users, so this script runs as root and execs `gosu postgres` for the server;
 * - upstream starts a temporary server to create POSTGRES_DB and run the init scripts;
 *   the simulated postgres has no SQL engine, so initdb.d scripts are only listed;
 * - bash-only syntax (FUNCNAME, substrings, `declare -g`, `set -E`, pipefail) is written the POSIX
 *   way, so the simulator's shell runs it: docker-ensure-initdb.sh marks that it sources
 *   this file with DOCKER_ENTRYPOINT_SOURCED instead of the FUNCNAME check.
 */

export const postgresEntrypoint = `#!/usr/bin/env bash
set -e

# check to see if this file is being run or sourced from another script
_is_sourced() {
	[ "\${DOCKER_ENTRYPOINT_SOURCED:-}" = 1 ]
}

# used to create initial postgres directories and if run as root, ensure ownership to the "postgres" user
docker_create_db_directories() {
	mkdir -p "$PGDATA"
	chmod 00700 "$PGDATA" || :
	mkdir -p /var/run/postgresql || :
	chmod 03775 /var/run/postgresql || :
}

# initialize empty PGDATA directory with new database via 'initdb'
docker_init_database_dir() {
	printf '%s\\n' "$POSTGRES_PASSWORD" > /tmp/pwfile
	gosu postgres initdb --username="$POSTGRES_USER" --pwfile=/tmp/pwfile $POSTGRES_INITDB_ARGS
	rm -f /tmp/pwfile
}

# print large warning if POSTGRES_PASSWORD is long
# error if both POSTGRES_PASSWORD is empty and POSTGRES_HOST_AUTH_METHOD is not 'trust'
# print large warning if POSTGRES_HOST_AUTH_METHOD is set to 'trust'
docker_verify_minimum_env() {
	if [ -z "$POSTGRES_PASSWORD" ] && [ 'trust' != "$POSTGRES_HOST_AUTH_METHOD" ]; then
		# The - option suppresses leading tabs but *not* spaces. :)
		cat >&2 <<-'EOE'
			Error: Database is uninitialized and superuser password is not specified.
			       You must specify POSTGRES_PASSWORD to a non-empty value for the
			       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

			       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
			       connections without a password. This is *not* recommended.

			       See PostgreSQL documentation about "trust":
			       https://www.postgresql.org/docs/current/auth-trust.html
		EOE
		exit 1
	fi
	if [ 'trust' = "$POSTGRES_HOST_AUTH_METHOD" ]; then
		cat >&2 <<-'EOWARN'
			********************************************************************************
			WARNING: POSTGRES_HOST_AUTH_METHOD has been set to "trust". This will allow
			         anyone with access to the Postgres port to access your database without
			         a password, even if POSTGRES_PASSWORD is set. See PostgreSQL
			         documentation about "trust":
			         https://www.postgresql.org/docs/current/auth-trust.html
			         In Docker's default configuration, this is effectively any other
			         container on the same system.

			         It is not recommended to use POSTGRES_HOST_AUTH_METHOD=trust. Replace
			         it with "-e POSTGRES_PASSWORD=password" instead to set a password in
			         "docker run".
			********************************************************************************
		EOWARN
	fi
}

# usage: docker_process_init_files [file [file [...]]]
docker_process_init_files() {
	echo
	local f
	for f; do
		case "$f" in
			*.sh | *.sql | *.sql.gz | *.sql.xz | *.sql.zst) echo "$0: not running $f (the simulated postgres has no SQL engine)" ;;
			*) echo "$0: ignoring $f" ;;
		esac
		echo
	done
}

# append POSTGRES_HOST_AUTH_METHOD to pg_hba.conf for "host" connections
pg_setup_hba_conf() {
	{
		echo
		if [ 'trust' = "$POSTGRES_HOST_AUTH_METHOD" ]; then
			echo '# warning trust is enabled for all connections'
			echo '# see https://www.postgresql.org/docs/12/auth-trust.html'
		fi
		echo "host all all all $POSTGRES_HOST_AUTH_METHOD"
	} >> "$PGDATA/pg_hba.conf"
}

# Loads various settings that are used elsewhere in the script
docker_setup_env() {
	: "\${POSTGRES_USER:=postgres}"
	: "\${POSTGRES_DB:=$POSTGRES_USER}"
	: "\${POSTGRES_PASSWORD:=}"
	: "\${POSTGRES_HOST_AUTH_METHOD:=}"
	: "\${POSTGRES_INITDB_ARGS:=}"
	if [ -z "$POSTGRES_HOST_AUTH_METHOD" ]; then
		POSTGRES_HOST_AUTH_METHOD=scram-sha-256
	fi

	DATABASE_ALREADY_EXISTS=
	# look specifically for PG_VERSION, as it is expected in the DB dir
	if [ -s "$PGDATA/PG_VERSION" ]; then
		DATABASE_ALREADY_EXISTS='true'
	fi
}

_main() {
	# if first arg looks like a flag, assume we want to run postgres server
	case "$1" in
		-*) set -- postgres "$@" ;;
	esac

	if [ "$1" = 'postgres' ]; then
		docker_setup_env
		# setup data directories and permissions (when run as root)
		docker_create_db_directories

		# only run initialization on an empty data directory
		if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
			docker_verify_minimum_env

			# check dir permissions to reduce likelihood of half-initialized database
			ls /docker-entrypoint-initdb.d/ > /dev/null

			docker_init_database_dir
			pg_setup_hba_conf "$@"

			docker_process_init_files /docker-entrypoint-initdb.d/*

			echo
			echo 'PostgreSQL init process complete; ready for start up.'
			echo
		else
			echo
			echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
			echo
		fi
		if [ "$(id -u)" = '0' ]; then
			set -- gosu postgres "$@"
		fi
	fi

	exec "$@"
}

if ! _is_sourced; then
	_main "$@"
fi
`;

export const ensureInitdb = `#!/usr/bin/env bash
set -eu

#
# This script is intended for three main use cases:
#
#  1. (most importantly) as an example of how to use "docker-entrypoint.sh" to extend/reuse the initialization behavior
#
#  2. ("docker-ensure-initdb.sh") as a Kubernetes "init container" to ensure the provided database directory is initialized
#
#  3. ("docker-enforce-initdb.sh") as part of CI to ensure the database is fully initialized before use
#
DOCKER_ENTRYPOINT_SOURCED=1
source /usr/local/bin/docker-entrypoint.sh

docker_setup_env
docker_create_db_directories
if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
	docker_verify_minimum_env
	docker_init_database_dir
	pg_setup_hba_conf
else
	self="$(basename "$0")"
	case "$self" in
		docker-ensure-initdb.sh)
			echo >&2 "$self: note: database already initialized in '$PGDATA'!"
			exit 0
			;;

		docker-enforce-initdb.sh)
			echo >&2 "$self: error: (unexpected) database found in '$PGDATA'!"
			exit 1
			;;

		*)
			echo >&2 "$self: error: unknown file name: $self"
			exit 99
			;;
	esac
fi
`;
