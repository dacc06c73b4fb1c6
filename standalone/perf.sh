#!/usr/bin/env bash
# Performance tools (see docs/performance.md). Builds what is needed (tests skipped), then:
#   standalone/perf.sh generate [--db mariadb|h2] [--scale 0.01] [--seed 42]   fill a dedicated database (EMPTIED first)
#   standalone/perf.sh bench    [--db mariadb|h2] [--samples 400] [--senders 8] [--out FILE]   benchmark the runner on it
#   standalone/perf.sh bench    --base-url http://127.0.0.1:8080/openmrs --db-url ...   benchmark a running OpenMRS instead
# MariaDB: jdbc:mysql://127.0.0.1:3306/boundaries_perf (created when missing); H2: standalone/perf/data/.
# --db-url/--db-user/--db-password choose another database; --skip-build uses what was built last time.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
args=()
for arg in "$@"; do
	case "$arg" in
		--skip-build) build=0 ;;
		-h|--help)
			sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
			exit 0 ;;
		*) args+=("$arg") ;;
	esac
done

if [ "$build" = 1 ]; then
	echo "Building (tests skipped)..."
	mvn -q -B -Pstandalone -Dmaven.test.skip=true -Dboundaries.skipExternalDatabases=true -pl standalone/perf -am package
fi
mkdir -p standalone/perf/data
# the results name the commit measured (and say when the work tree differed from it)
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || commit="$commit+uncommitted"
# -cp rather than -jar: the platform finds every module's messages*.properties by scanning java.class.path
exec java ${JAVA_OPTS:--Xmx4g} -Duser.timezone=UTC -Dperf.commit="$commit" -cp "standalone/perf/target/boundaries-standalone-perf.jar:standalone/perf/target/lib/*" \
	org.openmrs.module.boundaries.standalone.perf.PerfCommand "${args[@]+"${args[@]}"}"
