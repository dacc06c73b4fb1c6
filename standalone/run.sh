#!/usr/bin/env bash
# Builds what is needed (tests skipped) and starts the module on the standalone platform.
#   standalone/run.sh [--port N] [--host ADDRESS] [--db h2|mariadb|postgresql] [--db-url URL] [--db-user U] [--db-password P]
#                     [--no-demo-data] [--keep-data] [--statistics]
# Then open http://localhost:8080/openmrs (demo accounts are printed at start). Ctrl-C stops it.
# BOUNDARIES_PORT sets the port too; --skip-build starts what was built last time.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for arg in "$@"; do
	case "$arg" in
		--skip-build) build=0 ;;
		-h|--help)
			sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
			exit 0 ;;
		*) args+=("$arg") ;;
	esac
done

if [ "$build" = 1 ]; then
	echo "Building (tests skipped)..."
	mvn -q -B -Pstandalone -Dmaven.test.skip=true -pl standalone/runner -am package
fi
# -cp rather than -jar: the platform finds every module's messages*.properties by scanning java.class.path
exec java ${JAVA_OPTS:-} -cp "standalone/runner/target/boundaries-standalone-runner.jar:standalone/runner/target/lib/*" \
	org.openmrs.module.boundaries.standalone.StandaloneRunner "${args[@]+"${args[@]}"}"
