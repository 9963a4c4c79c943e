#!/usr/bin/env bash
# The benchmark rig; `make bench` calls it after a Release build with -DPRACTICA_BENCH=ON.
#
#   bench/run.sh BUILD_DIR          # e.g. bench/run.sh build-release
#
# Loads the district-scale demo into a fresh SQLite file and a throwaway PostgreSQL, serves each
# with practica, captures the bodies of a handful of URLs, serves those exact bytes with
# bench/reference_server (the ceiling of the bytes alone) and, for every page, runs the page's own
# recorded statements and sends its bytes with bench/ceiling_server (the ceiling of "the same SQL,
# no Practica around it"), then loads all three with wrk on 127.0.0.1 and prints one Markdown
# report (also written to BUILD_DIR/bench-results.md), microbenchmarks included.
# Everything it starts is stopped on exit, failure included. bench/README.md explains the figures.
#
# Knobs (environment):
#   BENCH_DURATION=5s       wrk duration of each run
#   BENCH_CONNECTIONS=8     connections of the latency runs (the main table)
#   BENCH_WIDE=64           connections of the throughput runs (0 skips them)
#   BENCH_WRK_THREADS=2     wrk threads
#   BENCH_DATABASES="sqlite postgres"
#   BENCH_MIN_TIME=0.2      Google Benchmark --benchmark_min_time (seconds)
#   BENCH_MICRO=1           0 skips the microbenchmarks
#   BENCH_ANALYZE=1         0 skips VACUUM ANALYZE after loading PostgreSQL
#   BENCH_KEEP=0            1 keeps the scratch directory (databases, captures, logs)
#   BENCH_BALANCER=1        0 skips three servers behind nginx on PostgreSQL
#   BENCH_ONLY_BALANCER=0   1 with BENCH_DATABASES=postgres runs only that (load, analyze, three servers)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DURATION=${BENCH_DURATION:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WIDE=${BENCH_WIDE:-64}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
DATABASES=${BENCH_DATABASES:-sqlite postgres}
MIN_TIME=${BENCH_MIN_TIME:-0.2}
MICRO=${BENCH_MICRO:-1}
KEEP=${BENCH_KEEP:-0}
# What the report measures against (reported, never asserted).
TARGET_STATIC=0.85
TARGET_PAGE=0.5      # of the page's own "same SQL" ceiling
TARGET_P99_MS=5
# The library search the bench asks for: a word and two facets over the scale demo's exemplars.
LIBRARY_SEARCH='/exemplars?q=robot&grade_band=3-5&samr=M'

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: bench/run.sh BUILD_DIR" >&2; exit 2; }
if [[ -d $1 ]]; then
  B=$(cd "$1" && pwd -P)
elif [[ -d $ROOT/$1 ]]; then
  B=$(cd "$ROOT/$1" && pwd -P)
else
  die "no build directory $1: build with -DPRACTICA_BENCH=ON first (make bench does it)"
fi
PRACTICA=$B/practica
REFERENCE=$B/bench/reference_server
CEILING=$B/bench/ceiling_server
MICROBENCH=$B/bench/practica_microbench
for tool in "$PRACTICA" "$REFERENCE" "$CEILING"; do
  [[ -x $tool ]] || die "$tool is missing: configure $B with -DPRACTICA_BENCH=ON and build it"
done
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install $tool)"
done

# --- scratch space and cleanup -------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/practica-bench.XXXXXX")
chmod 755 "$TMP"  # the PostgreSQL server runs as `postgres` and must reach $TMP/pg
PIDS=()
PG_DIR=""

stop_pid() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  say "process $pid did not stop on SIGTERM within 15 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local pid
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  if [[ -n $PG_DIR ]]; then
    "$ROOT/tests/rig/postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || say "could not stop PostgreSQL in $PG_DIR"
  fi
  if [[ $KEEP == 1 ]]; then
    say "scratch directory kept: $TMP"
  else
    rm -rf "$TMP"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM

# Forgets a pid that has been stopped already.
forget_pid() {
  local pid=$1 kept=() p
  for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
  PIDS=("${kept[@]}")
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return
  local port
  for ((port = 18100; port < 19100; port++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port found"
}

# wait_http URL PID LOG: until URL answers 200, or the process dies, or 60 s pass.
wait_http() {
  local url=$1 pid=$2 log=$3 i
  for ((i = 0; i < 600; i++)); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      die "the process serving $url exited (log above)"
    fi
    sleep 0.1
  done
  tail -n 30 "$log" >&2
  die "$url did not answer within 60 s"
}

# alive PID LOG NAME: dies with the log's tail when the server has exited under load.
alive() {
  kill -0 "$1" 2>/dev/null && return 0
  tail -n 30 "$2" >&2
  die "$3 exited during the load test (log above)"
}

# --- practica's options -----------------------------------------------------------------------
SERVE_HELP=$("$PRACTICA" serve --help 2>&1 || true)
SERVE_EXTRA=()
if grep -q -- '--access-log' <<<"$SERVE_HELP"; then SERVE_EXTRA+=(--access-log false); fi
# The reference runs as many I/O threads as practica: pass the count when serve takes one.
IO_THREADS=${BENCH_IO_THREADS:-$(nproc)}  # app::Config io_threads 0 means one per core
for flag in --io-threads --threads; do
  if grep -q -- "$flag" <<<"$SERVE_HELP"; then SERVE_EXTRA+=("$flag" "$IO_THREADS"); break; fi
done

# --- the report ---------------------------------------------------------------------------------
REPORT=$TMP/report.md
MAIN_ROWS=()
WIDE_ROWS=()
AUTH_ROWS=()
SEARCH_ROWS=()
GLANCE_ROWS=()
IMPORT_ROWS=()
NOTES=()
LOAD_ROWS=()
MEMORY_ROWS=()
BALANCER_ROWS=()
SERVER_SHAPE=""

# to_ms 85.00us|1.23ms|1.02s -> milliseconds with two decimals
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000;
    else if (v ~ /s$/) n *= 1000;
    printf (n < 1 ? "%.3f" : "%.2f"), n }'
}

# run_wrk URL CONNECTIONS OUT [COOKIE]: leaves wrk's report in OUT
run_wrk() {
  local cookie=()
  [[ -n ${4:-} ]] && cookie=(-H "Cookie: $4")
  wrk -t"$WRK_THREADS" -c"$2" -d"$DURATION" --latency --timeout 5s "${cookie[@]}" "$1" >"$3" 2>&1 ||
    say "wrk exited with an error on $1 (see below)"
}

# sign_in BASE EMAIL JAR: signs in through the form; prints "practica_session=…" or nothing.
sign_in() {
  local token session
  token=$(curl -fsS -c "$3" "$1/sign-in" | grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | cut -d'"' -f4)
  curl -fsS -o /dev/null -b "$3" -c "$3" --data-urlencode "csrf_token=$token" \
    --data-urlencode "email=$2" --data-urlencode "password=practitioner-demo" "$1/sign-in" || return 0
  session=$(awk '$6 == "practica_session" { print $7 }' "$3" | tail -n 1)
  [[ -n $session ]] && echo "practica_session=$session"
  return 0
}

# peak_rss PID: the process's peak resident memory so far, in MB.
peak_rss() { awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
wrk_pct() { local v; v=$(awk -v p="$2" '$1 == p { print $2 }' "$1"); [[ -n $v ]] && to_ms "$v" || echo "?"; }
# Problems wrk saw: non-2xx answers and socket errors, "" when none.
wrk_problems() {
  local non2xx errors
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$1")
  errors=$(grep -o 'Socket errors:.*' "$1" || true)
  local out=""
  [[ -n $non2xx ]] && out="$non2xx non-2xx"
  [[ -n $errors ]] && out="${out:+$out; }${errors#Socket errors: }"
  echo "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "?" && a + 0 < b + 0) }'; }
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "?" && a + 0 > b + 0) }'; }
# Long ?v=<hash> query strings make the table unreadable.
display_path() { sed -E 's/\?v=([0-9a-f]{8})[0-9a-f]+/?v=\1…/' <<<"$1"; }

# cookie_of WHO: the Cookie header value of anon (none), director, coach or principal, from
# bench_database.
cookie_of() {
  case $1 in
    director) echo "$director" ;;
    principal) echo "$principal" ;;
    coach) echo "$coach" ;;
    *) echo "" ;;
  esac
}

# year_urls BASE NAME COOKIE: the school year's rows, as kind<TAB>who<TAB>path lines. The scale
# demo's ps-8-0 holds every school and the PS 3.0 commitments; ps-9-0 has 200 applications.
year_urls() {
  local base=$1 name=$2 cookie=$3 checklist feed token form
  checklist=$(curl -fsS -H "Cookie: $cookie" "$base/api/v1/cohorts/ps-8-0/commitments" |
    jq -r '.schools[0].url // empty') || true
  printf 'page\tdirector\t/cohorts/ps-8-0/commitments\n'
  [[ -n $checklist ]] && printf 'page\tdirector\t%s\n' "$checklist"
  printf 'page\tcoach\t/caseload\n'
  # The design challenges: the cohort's gallery (1,000 schools) and one school's challenge.
  printf 'page\tdirector\t/cohorts/ps-8-0/challenges\n'
  printf 'page\tdirector\t/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/challenge\n'
  printf 'page\tdirector\t/cohorts/ps-9-0/applications\n'
  # The coach at the school: 100 coaches' year of 16,000 entries and 6,000 observations. The
  # coach's log with its hours, every coach's hours for district staff, and the counts of one
  # school's observations for its principal.
  printf 'page\tcoach\t/coaching\n'
  printf 'page\tdirector\t/coaching\n'
  printf 'page\tprincipal\t/coaching/counts\n'
  # The district's dashboard of the 1,000-school cohort, and its export.
  printf 'page\tdirector\t/cohorts/ps-8-0/dashboard\n'
  printf 'export\tdirector\t/cohorts/ps-8-0/dashboard.csv\n'
  printf 'export\tdirector\t/cohorts/ps-8-0/commitments.csv\n'
  printf 'export\tdirector\t/cohorts/ps-8-0/commitments.xlsx\n'
  # What the district learns: the spring staff survey's results over 20,000 answers (its
  # distributions, text answers and response rates per school), its spreadsheet, and the
  # every-school cohort's technology plans and certifications.
  form=$(curl -fsS -H "Cookie: $cookie" "$base/api/v1/surveys" |
    jq -r '.forms[] | select(.title == "Spring staff survey (generated)") | .id' | head -n 1) || true
  if [[ -n $form ]]; then
    printf 'page\tdirector\t/surveys/%s/results\n' "$form"
    printf 'export\tdirector\t/surveys/%s/results.xlsx\n' "$form"
  else
    say "[$name] no generated staff survey in GET /api/v1/surveys: no results row"
  fi
  printf 'page\tdirector\t/cohorts/ps-8-0/certifications\n'
  # The director's iCalendar feed, once the calendar's secret link exists.
  token=$(curl -fsS -H "Cookie: $cookie" "$base/calendar" 2>/dev/null |
    grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | cut -d'"' -f4) || true
  if [[ -n $token ]]; then
    feed=$(curl -fsS -H "Cookie: $cookie" --data-urlencode "csrf_token=$token" "$base/calendar/link" 2>/dev/null |
      grep -o '/calendar/feeds/[A-Za-z0-9_-]*\.ics' | head -n 1) || true
  fi
  if [[ -n ${feed:-} ]]; then
    printf 'feed\tanon\t%s\n' "$feed"
  else
    say "[$name] no iCalendar feed link from POST /calendar/link: no feed row"
  fi
}

# export_memory NAME ADDRESS COOKIE: a fresh server's peak resident memory after exporting a
# small grid, then after the 1,000-school one (VmHWM only grows, so small goes first).
export_memory() {
  local name=$1 address=$2 cookie=$3 port log pid base small format size peak_small peak_large
  port=$(free_port)
  log=$TMP/practica-memory-$name.log
  "$PRACTICA" serve --database "$address" --port "$port" --address 127.0.0.1 "${SERVE_EXTRA[@]}" >"$log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  base=http://127.0.0.1:$port
  wait_http "$base/readyz" "$pid" "$log"
  small=$(curl -fsS "$base/api/v1/cohorts" | jq -r '[.cohorts[] | select(.school_count >= 50)]
    | min_by(.school_count) | "\(.slug)\t\(.school_count)"')
  curl -fsS -o /dev/null -H "Cookie: $cookie" "$base/" || true
  for format in csv xlsx; do
    curl -fsS -o /dev/null -H "Cookie: $cookie" "$base/cohorts/${small%%$'\t'*}/commitments.$format"
    peak_small=$(peak_rss "$pid")
    size=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" "$base/cohorts/ps-8-0/commitments.$format")
    peak_large=$(peak_rss "$pid")
    MEMORY_ROWS+=("| $format | $name | ${small%%$'\t'*} (${small#*$'\t'} schools): $peak_small MB | ps-8-0 (1,000 schools, $size bytes): $peak_large MB |")
  done
  stop_pid "$pid"; forget_pid "$pid"
}

# median_ms URL COOKIE COUNT: the median of COUNT requests sent one after another (nothing else
# running), in milliseconds: what one person waits for the page.
median_ms() {
  local url=$1 cookie=$2 count=$3 i
  for ((i = 0; i < count; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$url" 2>/dev/null || echo 999
  done | sort -n | awk '{ t[NR] = $1 } END { if (NR) printf "%.1f", t[int((NR + 1) / 2)] * 1000 }'
}

# report_build BASE COOKIE: asks for the 1,000-school cohort's progress report through the API
# and waits until the job runner has built and printed it; prints "SECONDS STATE PDF_BYTES".
report_build() {
  local base=$1 cookie=$2 token id state="" start i bytes=0
  token=$(curl -fsS -H "Cookie: $cookie" "$base/cohorts/ps-8-0/reports" |
    grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | cut -d'"' -f4) || true
  [[ -n $token ]] || { echo "? no-form 0"; return; }
  start=$(date +%s.%N)
  id=$(curl -fsS -H "Cookie: $cookie" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' -d '{}' \
    "$base/api/v1/cohorts/ps-8-0/reports" | jq -r '.id // empty') || true
  [[ -n $id ]] || { echo "? refused 0"; return; }
  for ((i = 0; i < 1200; i++)); do
    state=$(curl -fsS -H "Cookie: $cookie" "$base/api/v1/reports/$id" | jq -r '.state') || true
    [[ $state == ready || $state == failed ]] && break
    sleep 0.1
  done
  local seconds
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
  [[ $state == ready ]] && bytes=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" "$base/reports/$id/report.pdf")
  echo "$seconds $state $bytes"
}

# glance_rows NAME BASE COOKIE: the program at a glance as one person meets it, one request at a
# time: the 1,000-school dashboard, its exports, and the cohort's progress report built.
glance_rows() {
  local name=$1 base=$2 cookie=$3 build
  say "[$name] the 1,000-school dashboard and its exports one request at a time, then the progress report"
  GLANCE_ROWS+=("| dashboard page \`/cohorts/ps-8-0/dashboard\` | $name | $(median_ms "$base/cohorts/ps-8-0/dashboard" "$cookie" 21) ms |")
  GLANCE_ROWS+=("| API \`/api/v1/cohorts/ps-8-0/dashboard\` | $name | $(median_ms "$base/api/v1/cohorts/ps-8-0/dashboard" "$cookie" 21) ms |")
  GLANCE_ROWS+=("| CSV \`/cohorts/ps-8-0/dashboard.csv\` | $name | $(median_ms "$base/cohorts/ps-8-0/dashboard.csv" "$cookie" 11) ms |")
  GLANCE_ROWS+=("| XLSX \`/cohorts/ps-8-0/dashboard.xlsx\` | $name | $(median_ms "$base/cohorts/ps-8-0/dashboard.xlsx" "$cookie" 11) ms |")
  read -r -a build <<<"$(report_build "$base" "$cookie")"
  GLANCE_ROWS+=("| progress report of 1,000 schools, asked for until built and printed (${build[1]}, PDF ${build[2]} bytes) | $name | ${build[0]} s |")
}

# export_lists NAME ADDRESS: the district's own lists as a district system would export them, from
# what the demo loaded: every school (CDS code, name, local district, type, grade span) and 25,000
# of its school staff (name, e-mail, school, role). Written to $TMP/directory-NAME.csv and
# $TMP/roster-NAME.csv.
export_lists() {
  local name=$1 address=$2
  local schools="SELECT s.cds_code AS \"CDS Code\", s.name AS \"School Name\", l.name AS \"Local District\",
      s.school_type AS \"Type\", s.grade_span AS \"Grade Span\"
    FROM schools s LEFT JOIN local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id
    ORDER BY s.id"
  local staff="SELECT p.display_name AS \"Name\", p.email AS \"Email\", s.name AS \"School\", st.role AS \"Role\"
    FROM school_staff st JOIN people p ON p.district_id = st.district_id AND p.id = st.person_id
    JOIN schools s ON s.district_id = st.district_id AND s.id = st.school_id ORDER BY p.id LIMIT 25000"
  if [[ $address == postgres* ]]; then
    psql -q -X "$address" -c "\\copy ($schools) TO STDOUT WITH CSV HEADER" >"$TMP/directory-$name.csv"
    psql -q -X "$address" -c "\\copy ($staff) TO STDOUT WITH CSV HEADER" >"$TMP/roster-$name.csv"
  else
    sqlite3 -csv -header "$address" "$schools" >"$TMP/directory-$name.csv"
    sqlite3 -csv -header "$address" "$staff" >"$TMP/roster-$name.csv"
  fi
}

# upload_ms BASE COOKIE PATH FILE COUNT: the median of COUNT uploads of FILE for a dry run (the
# answer is the whole dry run: every row read, checked and planned), in milliseconds.
upload_ms() {
  local base=$1 cookie=$2 path=$3 file=$4 count=$5 token i
  token=$(curl -fsS -H "Cookie: $cookie" "$base$path" | grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 |
    cut -d'"' -f4) || true
  [[ -n $token ]] || { echo "?"; return; }
  for ((i = 0; i < count; i++)); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" -H "X-CSRF-Token: $token" \
      -F "file=@$file;type=text/csv" "$base/api/v1$path" 2>/dev/null || echo 999
  done | sort -n | awk '{ t[NR] = $1 } END { if (NR) printf "%.0f", t[int((NR + 1) / 2)] * 1000 }'
}

# import_rows NAME BASE COOKIE ADDRESS: the dry runs of the district's whole directory and of a
# roster of 25,000 staff, as the director uploads them.
import_rows() {
  local name=$1 base=$2 cookie=$3 address=$4 schools staff
  say "[$name] dry runs of the school directory and a 25,000-person roster"
  export_lists "$name" "$address" || { NOTES+=("[$name] the lists could not be exported for the import rows"); return; }
  schools=$(($(wc -l <"$TMP/directory-$name.csv") - 1))
  staff=$(($(wc -l <"$TMP/roster-$name.csv") - 1))
  IMPORT_ROWS+=("| school directory, $schools schools ($(du -k "$TMP/directory-$name.csv" | cut -f1) KB) | $name | $(upload_ms "$base" "$cookie" /schools/import "$TMP/directory-$name.csv" 5) ms |")
  IMPORT_ROWS+=("| staff roster, $staff people ($(du -k "$TMP/roster-$name.csv" | cut -f1) KB) | $name | $(upload_ms "$base" "$cookie" /people/import "$TMP/roster-$name.csv" 3) ms |")
}

# --- one database -------------------------------------------------------------------------------
# bench_database NAME ADDRESS
bench_database() {
  local name=$1 address=$2
  local port log pid base
  port=$(free_port)
  log=$TMP/practica-$name.log
  say "[$name] starting practica serve on 127.0.0.1:$port ${SERVE_EXTRA[*]}"
  "$PRACTICA" serve --database "$address" --port "$port" --address 127.0.0.1 "${SERVE_EXTRA[@]}" \
    >"$log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  base=http://127.0.0.1:$port
  wait_http "$base/readyz" "$pid" "$log"
  # "… (2 I/O threads, 4 workers, 4 download threads, 8 database connections)" from the start-up line,
  # for the report: the connections differ by database.
  SERVER_SHAPE+="${SERVER_SHAPE:+; }$name: $(grep -m1 -o '([0-9]* I/O threads[^)]*)' "$log" | tr -d '()' || true)"

  # Who is asking: the district director, the demo coach and Garvanza's principal, signed in
  # through the form.
  local director coach principal
  director=$(sign_in "$base" sophia.mendoza@lausd.net "$TMP/jar-director-$name")
  coach=$(sign_in "$base" coach@practica.example "$TMP/jar-coach-$name")
  principal=$(sign_in "$base" principal@practica.example "$TMP/jar-principal-$name")
  [[ -n $director && -n $coach ]] || NOTES+=("[$name] signing in failed: the signed-in rows are missing")

  # The URLs: kind<TAB>who (anon, director, coach, principal)<TAB>path
  local urls=$TMP/urls-$name.tsv home css cohort school
  home=$(curl -fsS "$base/") || die "[$name] GET / failed"
  css=$(grep -o '/static/app\.css[^"'"'"' >]*' <<<"$home" | head -n 1 | sed 's/&amp;/\&/g' || true)
  [[ -n $css ]] || { say "[$name] no app.css link on the home page; using /static/app.css"; css=/static/app.css; }
  # The cohort with the most schools; on a tie the newest (the API lists newest first), as
  # practica_microbench picks it.
  cohort=$(curl -fsS "$base/api/v1/cohorts" |
    jq -r '.cohorts | (map(.school_count) | max) as $most | map(select(.school_count == $most))
           | first | (.url // ("/cohorts/" + .slug))') ||
    die "[$name] GET /api/v1/cohorts failed"
  school=$(curl -fsS "$base/api/v1/schools?limit=1" |
    jq -r '(.schools // .items // .)[0] | (.url // ("/schools/" + .slug))') ||
    die "[$name] GET /api/v1/schools?limit=1 failed"
  local exemplar
  exemplar=$(curl -fsS "$base/api/v1$LIBRARY_SEARCH" | jq -r '.exemplars[0].url // empty') || true
  [[ -n $exemplar ]] || say "[$name] the library search $LIBRARY_SEARCH found nothing: no exemplar row"
  {
    printf 'static\tanon\t%s\n' "$css"
    printf 'page\tanon\t/\n'
    printf 'page\tanon\t/cohorts/ps-3-0\n'
    [[ $cohort == /cohorts/ps-3-0 ]] || printf 'page\tanon\t%s\n' "$cohort"
    printf 'page\tanon\t%s\n' "$school"
    printf 'api\tanon\t/api/v1/schools?limit=50\n'
    # The exemplar library over the scale demo's 50,000 exemplars: a search with a word and two
    # facets (ranked by relevance, about 270 hits), and the first exemplar it finds.
    printf 'page\tanon\t%s\n' "$LIBRARY_SEARCH"
    [[ -n $exemplar ]] && printf 'page\tanon\t%s\n' "$exemplar"
    [[ -n $director && -n $coach ]] && year_urls "$base" "$name" "$director"
  } >"$urls"

  # Capture each body, byte for byte, for the reference server.
  # The reference and the ceiling serve each captured page under its person's prefix
  # (/as-coach/coaching): the same path asked by two people is two pages, and the coach's log
  # was once measured against the director's.
  served_as() { printf '/as-%s%s' "$1" "$2"; }
  local captures=$TMP/captures-$name kind path n=0 file answer
  mkdir -p "$captures"
  : >"$captures/manifest.tsv"
  while IFS=$'\t' read -r kind who path; do
    n=$((n + 1))
    file=body-$n
    answer=$(curl -sS -o "$captures/$file" -w '%{http_code}\t%{content_type}' -H "Cookie: $(cookie_of "$who")" "$base$path") ||
      die "[$name] GET $path failed"
    [[ ${answer%%$'\t'*} == 200 ]] || die "[$name] GET $path answered ${answer%%$'\t'*}, not 200"
    printf '%s\t%s\t%s\n' "$(served_as "$who" "$path")" "${answer#*$'\t'}" "$file" >>"$captures/manifest.tsv"
    say "[$name] captured $path ($(wc -c <"$captures/$file") bytes, $kind)"
  done <"$urls"

  local ref_port ref_log ref_pid ref_base
  ref_port=$(free_port)
  ref_log=$TMP/reference-$name.log
  "$REFERENCE" --dir "$captures" --port "$ref_port" --threads "$IO_THREADS" >"$ref_log" 2>&1 &
  ref_pid=$!
  PIDS+=("$ref_pid")
  ref_base=http://127.0.0.1:$ref_port
  wait_http "$ref_base$(served_as "$(head -n 1 "$urls" | cut -f2)" "$(head -n 1 "$urls" | cut -f3)")" "$ref_pid" "$ref_log"

  # The same SQL without Practica: every URL but the static file, as its person asks for it. Its
  # threads run the statements, as many as practica's workers.
  local ceil_port ceil_log ceil_pid ceil_base ceil_urls=$TMP/ceiling-urls-$name.tsv workers
  workers=$(grep -m1 -o '[0-9]* workers' "$log" | cut -d' ' -f1 || true)
  while IFS=$'\t' read -r kind who path; do
    [[ $kind == static ]] || printf '%s\t%s\t%s\n' "$path" "$(cookie_of "$who")" "$(served_as "$who" "$path")"
  done <"$urls" >"$ceil_urls"
  ceil_port=$(free_port)
  ceil_log=$TMP/ceiling-$name.log
  "$CEILING" --database "$address" --urls "$ceil_urls" --port "$ceil_port" --threads "${workers:-4}" >"$ceil_log" 2>&1 &
  ceil_pid=$!
  PIDS+=("$ceil_pid")
  ceil_base=http://127.0.0.1:$ceil_port
  for ((i = 0; i < 1200; i++)); do
    grep -q '^listening on' "$ceil_log" && break
    kill -0 "$ceil_pid" 2>/dev/null || { tail -n 30 "$ceil_log" >&2; die "[$name] ceiling_server exited (log above)"; }
    sleep 0.1
  done

  local out=$TMP/wrk-$name p_rps r_rps c_rps ct p50 p99 r99 rt note bytes i
  mkdir -p "$out"
  n=0
  while IFS=$'\t' read -r kind who path; do
    n=$((n + 1))  # the same order as the captures
    bytes=$(wc -c <"$captures/body-$n")
    say "[$name] wrk $path ($who): practica, then reference, $CONNECTIONS connections, $DURATION each"
    run_wrk "$base$path" "$CONNECTIONS" "$out/p-$n-c$CONNECTIONS.txt" "$(cookie_of "$who")"
    run_wrk "$ref_base$(served_as "$who" "$path")" "$CONNECTIONS" "$out/r-$n-c$CONNECTIONS.txt"
    c_rps="" ct="–"
    if [[ $kind != static ]]; then
      run_wrk "$ceil_base$(served_as "$who" "$path")" "$CONNECTIONS" "$out/c-$n-c$CONNECTIONS.txt"
      alive "$ceil_pid" "$ceil_log" ceiling_server
      c_rps=$(wrk_rps "$out/c-$n-c$CONNECTIONS.txt")
    fi
    alive "$pid" "$log" practica
    alive "$ref_pid" "$ref_log" reference_server
    p_rps=$(wrk_rps "$out/p-$n-c$CONNECTIONS.txt")
    r_rps=$(wrk_rps "$out/r-$n-c$CONNECTIONS.txt")
    p50=$(wrk_pct "$out/p-$n-c$CONNECTIONS.txt" 50%)
    p99=$(wrk_pct "$out/p-$n-c$CONNECTIONS.txt" 99%)
    r99=$(wrk_pct "$out/r-$n-c$CONNECTIONS.txt" 99%)
    rt=$(ratio "${p_rps:-0}" "${r_rps:-0}")
    [[ -n $c_rps ]] && ct=$(ratio "${p_rps:-0}" "${c_rps:-0}")
    note=""
    if [[ $kind == static ]]; then
      below "$rt" "$TARGET_STATIC" && note="below ${TARGET_STATIC}× of the bytes alone"
    else
      below "$ct" "$TARGET_PAGE" && note="below ${TARGET_PAGE}× of the same SQL"
    fi
    above "$p99" "$TARGET_P99_MS" && note="${note:+$note; }p99 over ${TARGET_P99_MS} ms"
    local problems
    problems=$(wrk_problems "$out/p-$n-c$CONNECTIONS.txt")
    [[ -n $problems ]] && note="${note:+$note; }practica: $problems"
    problems=$(wrk_problems "$out/r-$n-c$CONNECTIONS.txt")
    [[ -n $problems ]] && note="${note:+$note; }reference: $problems"
    [[ $who == anon ]] || kind="$kind, $who"
    MAIN_ROWS+=("| \`$(display_path "$path")\` | $name | $kind | $bytes | ${p_rps:-?} | ${r_rps:-?} | $rt | ${c_rps:-–} | $ct | $p50 | $p99 | $r99 | ${note:-ok} |")
    say "[$name]   practica ${p_rps:-?} req/s (p50 $p50 ms, p99 $p99 ms), reference ${r_rps:-?} req/s: ratio $rt; same SQL ${c_rps:-–} req/s: ratio $ct"

    # The heavy signed-in pages and exports are measured for latency only.
    if [[ $WIDE -gt 0 && $who == anon ]]; then
      say "[$name] wrk $path: practica, then reference, $WIDE connections"
      run_wrk "$base$path" "$WIDE" "$out/p-$n-c$WIDE.txt"
      run_wrk "$ref_base$(served_as "$who" "$path")" "$WIDE" "$out/r-$n-c$WIDE.txt"
      p_rps=$(wrk_rps "$out/p-$n-c$WIDE.txt")
      r_rps=$(wrk_rps "$out/r-$n-c$WIDE.txt")
      p99=$(wrk_pct "$out/p-$n-c$WIDE.txt" 99%)
      r99=$(wrk_pct "$out/r-$n-c$WIDE.txt" 99%)
      note=$(wrk_problems "$out/p-$n-c$WIDE.txt")
      [[ -n $note ]] && note="practica: $note"
      problems=$(wrk_problems "$out/r-$n-c$WIDE.txt")
      [[ -n $problems ]] && note="${note:+$note; }reference: $problems"
      WIDE_ROWS+=("| \`$(display_path "$path")\` | $name | ${p_rps:-?} | ${r_rps:-?} | $(ratio "${p_rps:-0}" "${r_rps:-0}") | $p99 | $r99 | ${note:-} |")
    fi
  done <"$urls"

  # The library search as the main table measures it comes from the answer the server kept; here
  # every request asks another page, so each is searched and counted anew (pages past the last
  # answer empty, after the same work).
  say "[$name] wrk $LIBRARY_SEARCH, a new page each request, $CONNECTIONS connections"
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 5s -s "$ROOT/bench/fresh_pages.lua" \
    "$base" -- "$LIBRARY_SEARCH" >"$out/search-fresh.txt" 2>&1 || say "wrk exited with an error on the fresh searches"
  local kept_rps
  kept_rps=$(awk -F'|' -v u="\`$(display_path "$LIBRARY_SEARCH")\`" -v d="$name" \
    '{ gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $3); gsub(/^ +| +$/, "", $6) } $2 == u && $3 == d { print $6 }' \
    <<<"$(printf '%s\n' "${MAIN_ROWS[@]}")")
  SEARCH_ROWS+=("| $name | ${kept_rps:-?} | $(wrk_rps "$out/search-fresh.txt") | $(wrk_pct "$out/search-fresh.txt" 50%) | $(wrk_pct "$out/search-fresh.txt" 99%) | $(wrk_problems "$out/search-fresh.txt") |")

  [[ -n $director ]] && glance_rows "$name" "$base" "$director"
  [[ -n $director ]] && import_rows "$name" "$base" "$director" "$address"

  [[ -n $director ]] && auth_rows "$name" "$base" "$director" "$school" "$out"

  stop_pid "$ceil_pid"; forget_pid "$ceil_pid"
  stop_pid "$ref_pid"; forget_pid "$ref_pid"
  stop_pid "$pid"; forget_pid "$pid"
  if [[ -n $director ]]; then export_memory "$name" "$address" "$director"; fi
  if grep -qiE '\b(error|fatal|panic)\b' "$log"; then
    NOTES+=("practica on $name logged errors; the first of them: $(grep -iE '\b(error|fatal|panic)\b' "$log" | head -n 3 | tr '\n' ' ')")
  fi
}

# auth_rows NAME BASE COOKIE SCHOOL DIR: the cost of sign-in on every request, the same pages with
# and without a session (the demo director, signed in through the form), one right after the other.
auth_rows() {
  local name=$1 base=$2 cookie=$3 school=$4 dir=$5 page anon_rps auth_rps
  for page in / "$school"; do
    run_wrk "$base$page" "$CONNECTIONS" "$dir/anon.txt"
    run_wrk "$base$page" "$CONNECTIONS" "$dir/auth.txt" "$cookie"
    anon_rps=$(wrk_rps "$dir/anon.txt")
    auth_rps=$(wrk_rps "$dir/auth.txt")
    AUTH_ROWS+=("| \`$page\` | $name | ${anon_rps:-?} | ${auth_rps:-?} | $(ratio "${anon_rps:-0}" "${auth_rps:-0}") |")
  done
}

# session_cache_rows ADDRESS: the signed-in cost again, on a PostgreSQL server that keeps
# sessions in memory (session_cache = true, off by default), for the same two pages.
session_cache_rows() {
  local address=$1 port log pid base director school
  port=$(free_port)
  log=$TMP/practica-session-cache.log
  say "[postgres] session_cache = true"
  PRACTICA_SESSION_CACHE=true "$PRACTICA" serve --database "$address" --port "$port" --address 127.0.0.1 \
    "${SERVE_EXTRA[@]}" >"$log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  base=http://127.0.0.1:$port
  wait_http "$base/readyz" "$pid" "$log"
  school=$(curl -fsS "$base/api/v1/schools?limit=1" |
    jq -r '(.schools // .items // .)[0] | (.url // ("/schools/" + .slug))') || school=/schools/20th-street-es
  director=$(sign_in "$base" sophia.mendoza@lausd.net "$TMP/jar-director-session-cache")
  if [[ -n $director ]]; then
    auth_rows "postgres, session_cache" "$base" "$director" "$school" "$TMP"
  else
    NOTES+=("[postgres, session_cache] signing in failed: its signed-in rows are missing")
  fi
  stop_pid "$pid"; forget_pid "$pid"
}

# balancer_rows ADDRESS: three practica servers on one PostgreSQL behind Debian's nginx (round
# robin, keep-alive to the upstreams, X-Forwarded-For believed from 127.0.0.1), against one
# server alone on the same database, for the home page, the 25-school cohort page and a school
# page. On two cores three servers cannot be faster than one; the point is what the balancer's
# hop costs.
balancer_rows() {
  local address=$1 ports=() pids=() i port log pid nginx_dir nginx_port nginx_pid upstreams="" path one three
  command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { NOTES+=("nginx is not installed: no balancer rows"); return 0; }
  say "[postgres] three servers behind nginx"
  for i in 1 2 3; do
    port=$(free_port)
    log=$TMP/practica-balanced-$i.log
    PRACTICA_TRUSTED_PROXIES=127.0.0.1 "$PRACTICA" serve --database "$address" --port "$port" --address 127.0.0.1 \
      "${SERVE_EXTRA[@]}" >"$log" 2>&1 &
    pid=$!
    PIDS+=("$pid")
    pids+=("$pid")
    ports+=("$port")
    wait_http "http://127.0.0.1:$port/readyz" "$pid" "$log"
    upstreams+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  done
  nginx_dir=$TMP/nginx
  mkdir -p "$nginx_dir"
  nginx_port=$(free_port)
  cat >"$nginx_dir/nginx.conf" <<CONF
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $nginx_dir/client_body;
  proxy_temp_path $nginx_dir/proxy;
  fastcgi_temp_path $nginx_dir/fastcgi;
  uwsgi_temp_path $nginx_dir/uwsgi;
  scgi_temp_path $nginx_dir/scgi;
  upstream practica {
$upstreams    keepalive 32;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://practica;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
CONF
  "$(command -v nginx || echo /usr/sbin/nginx)" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' \
    >"$nginx_dir/stdout.log" 2>&1 &
  nginx_pid=$!
  PIDS+=("$nginx_pid")
  wait_http "http://127.0.0.1:$nginx_port/readyz" "$nginx_pid" "$nginx_dir/error.log"
  local out=$TMP/wrk-balancer school
  mkdir -p "$out"
  school=$(curl -fsS "http://127.0.0.1:${ports[0]}/api/v1/schools?limit=1" |
    jq -r '(.schools // .items // .)[0] | (.url // ("/schools/" + .slug))') || school=/schools/20th-street-es
  # Each server's first requests fill its caches and its pool's prepared statements: warm all
  # three before measuring, as the lone server was warmed by being the first of them.
  for path in / /cohorts/ps-3-0 "$school"; do
    for ((i = 0; i < 30; i++)); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$path" || true; done
  done
  for path in / /cohorts/ps-3-0 "$school"; do
    run_wrk "http://127.0.0.1:${ports[0]}$path" "$CONNECTIONS" "$out/one.txt"
    run_wrk "http://127.0.0.1:$nginx_port$path" "$CONNECTIONS" "$out/three.txt"
    one=$(wrk_rps "$out/one.txt")
    three=$(wrk_rps "$out/three.txt")
    BALANCER_ROWS+=("| \`$path\` | ${one:-?} | $(wrk_pct "$out/one.txt" 99%) | ${three:-?} | $(wrk_pct "$out/three.txt" 99%) | $(ratio "${three:-0}" "${one:-0}") | $(wrk_problems "$out/three.txt") |")
    say "[postgres]   $path: one server ${one:-?} req/s, three behind nginx ${three:-?} req/s"
  done
  for pid in "$nginx_pid" "${pids[@]}"; do stop_pid "$pid"; forget_pid "$pid"; done
}

# load_demo NAME ADDRESS: the scale demo into an empty database, timed
load_demo() {
  local name=$1 address=$2 start end
  say "[$name] loading the district-scale demo"
  start=$(date +%s.%N)
  "$PRACTICA" demo --scale district --database "$address" >"$TMP/demo-$name.log" 2>&1 ||
    { tail -n 30 "$TMP/demo-$name.log" >&2; die "[$name] practica demo --scale district failed"; }
  end=$(date +%s.%N)
  LOAD_ROWS+=("| $name | $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s |")
}

# analyze_postgres URL: VACUUM ANALYZE right after the load. Autovacuum would do the same a little
# later, in the middle of some wrk run, and the plans change with it (without statistics,
# PostgreSQL's generic plan for a cohort's schools scans every school per participation), so
# without this two runs do not measure the same server. BENCH_ANALYZE=0 measures the fresh load.
analyze_postgres() {
  [[ ${BENCH_ANALYZE:-1} == 1 ]] || { NOTES+=("PostgreSQL measured without ANALYZE after the load (BENCH_ANALYZE=0)"); return 0; }
  if ! command -v psql >/dev/null; then
    NOTES+=("psql is missing: PostgreSQL measured without ANALYZE, autovacuum may change plans mid-run")
    return 0
  fi
  say "[postgres] VACUUM ANALYZE"
  psql -q -X "$1" -c 'VACUUM ANALYZE' >>"$TMP/demo-postgres.log" 2>&1 ||
    NOTES+=("VACUUM ANALYZE failed on PostgreSQL (see the demo log)")
}

# run_micro NAME ADDRESS [FILTER]
MICRO_OUT=()
run_micro() {
  local name=$1 address=$2 filter=${3:-} out=$TMP/micro-$1.txt
  [[ $MICRO == 1 ]] || return 0
  if [[ ! -x $MICROBENCH ]]; then
    NOTES+=("$MICROBENCH is missing: no microbenchmarks")
    return 0
  fi
  say "[$name] microbenchmarks (min time ${MIN_TIME}s each)"
  local args=(--benchmark_min_time="$MIN_TIME" --benchmark_counters_tabular=true)
  [[ -n $filter ]] && args+=(--benchmark_filter="$filter")
  if ! PRACTICA_BENCH_DB=$address "$MICROBENCH" "${args[@]}" >"$out" 2>&1; then
    NOTES+=("practica_microbench failed on $name; its output is below")
  fi
  # The application's own log lines (spdlog: "[2026-… ] [warning] …") are not benchmark output.
  MICRO_OUT+=("### $name" "" '```' "$(grep -v -E '^\[[0-9]{4}-[0-9]{2}-[0-9]{2} ' "$out")" '```' "")
}

# --- run -------------------------------------------------------------------------------------
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for db in $DATABASES; do
  case $db in
    sqlite)
      load_demo sqlite "$TMP/scale.db"
      # Before any server runs, so nothing else competes for the two cores.
      run_micro sqlite "$TMP/scale.db"
      bench_database sqlite "$TMP/scale.db"
      ;;
    postgres)
      PG_DIR=$TMP/pg
      say "[postgres] starting a throwaway PostgreSQL"
      if ! pg_url=$("$ROOT/tests/rig/postgres.sh" start "$PG_DIR"); then
        NOTES+=("PostgreSQL could not be started (tests/rig/postgres.sh start failed): no PostgreSQL figures")
        continue
      fi
      load_demo postgres "$pg_url"
      analyze_postgres "$pg_url"
      if [[ ${BENCH_ONLY_BALANCER:-0} != 1 ]]; then
        run_micro postgres "$pg_url" 'Query|Route'
        bench_database postgres "$pg_url"
        session_cache_rows "$pg_url"
      fi
      [[ ${BENCH_BALANCER:-1} == 1 ]] && balancer_rows "$pg_url"
      "$ROOT/tests/rig/postgres.sh" stop "$PG_DIR" >/dev/null 2>&1 || true
      PG_DIR=""
      ;;
    *) die "unknown database '$db' in BENCH_DATABASES (sqlite, postgres)" ;;
  esac
done

{
  echo "# Practica benchmarks"
  echo
  echo "$STARTED on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
  echo "$(uname -sr). wrk -t$WRK_THREADS, $DURATION per run, on the same machine as the servers;"
  echo "practica and the reference each run $IO_THREADS I/O threads (practica: ${SERVER_SHAPE:-?}). \"÷ bytes\" = practica req/s ÷"
  echo "the reference's req/s sending the same bytes; \"÷ same SQL\" = practica req/s ÷ the ceiling's req/s running the page's own"
  echo "statements and sending its bytes. Targets (reported, not enforced): static ≥ ${TARGET_STATIC}× of the bytes, every page"
  echo "and API ≥ ${TARGET_PAGE}× of its same-SQL ceiling, p99 ≤ ${TARGET_P99_MS} ms at $CONNECTIONS connections. See bench/README.md."
  echo "Load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg) (above ~1, something"
  echo "else competed for the cores and the figures are noisier)."
  echo
  echo "## $CONNECTIONS connections"
  echo
  echo "| URL | database | kind | bytes | practica req/s | bytes alone req/s | ÷ bytes | same SQL req/s | ÷ same SQL | p50 ms | p99 ms | reference p99 ms | against targets |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${MAIN_ROWS[@]}"
  if ((${#WIDE_ROWS[@]})); then
    echo
    echo "## $WIDE connections (throughput)"
    echo
    echo "| URL | database | practica req/s | reference req/s | ratio | p99 ms | reference p99 ms | problems |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${WIDE_ROWS[@]}"
  fi
  if ((${#SEARCH_ROWS[@]})); then
    echo
    echo "## The library search never asked before (\`$LIBRARY_SEARCH\`, another page each request, $CONNECTIONS connections)"
    echo
    echo "| database | kept answer req/s (main table) | fresh req/s | fresh p50 ms | fresh p99 ms | problems |"
    echo "| --- | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${SEARCH_ROWS[@]}"
  fi
  if ((${#GLANCE_ROWS[@]})); then
    echo
    echo "## The program at a glance, one request at a time (median; the 1,000-school cohort, the director signed in)"
    echo
    echo "| what | database | time |"
    echo "| --- | --- | ---: |"
    printf '%s\n' "${GLANCE_ROWS[@]}"
  fi
  if ((${#IMPORT_ROWS[@]})); then
    echo
    echo "## Importing the district's lists: the dry run of an upload (median; the director signed in)"
    echo
    echo "| what | database | upload answered with its dry run |"
    echo "| --- | --- | ---: |"
    printf '%s\n' "${IMPORT_ROWS[@]}"
  fi
  if ((${#BALANCER_ROWS[@]})); then
    echo
    echo "## Three servers behind nginx on one PostgreSQL, against one server alone ($CONNECTIONS connections)"
    echo
    echo "| URL | one server req/s | p99 ms | three behind nginx req/s | p99 ms | three ÷ one | problems |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
    printf '%s\n' "${BALANCER_ROWS[@]}"
  fi
  if ((${#AUTH_ROWS[@]})); then
    echo
    echo "## Signed in against anonymous (session lookup and permission check per request)"
    echo
    echo "| URL | database | anonymous req/s | signed-in req/s | cost (anonymous ÷ signed in; target ≤ 1.2) |"
    echo "| --- | --- | ---: | ---: | ---: |"
    printf '%s\n' "${AUTH_ROWS[@]}"
  fi
  if ((${#MEMORY_ROWS[@]})); then
    echo
    echo "## Exports: the server's peak resident memory (VmHWM of a fresh server, small cohort first)"
    echo
    echo "| format | database | after the small cohort | after the 1,000-school cohort |"
    echo "| --- | --- | ---: | ---: |"
    printf '%s\n' "${MEMORY_ROWS[@]}"
  fi
  echo
  echo "## Loading the district-scale demo"
  echo
  echo "| database | time |"
  echo "| --- | ---: |"
  printf '%s\n' "${LOAD_ROWS[@]}"
  if ((${#MICRO_OUT[@]})); then
    echo
    echo "## Microbenchmarks (bench/micro_bench.cpp)"
    echo
    printf '%s\n' "${MICRO_OUT[@]}"
  fi
  if ((${#NOTES[@]})); then
    echo
    echo "## Notes"
    echo
    for note in "${NOTES[@]}"; do echo "- $note"; done
  fi
} >"$REPORT"

cp "$REPORT" "$B/bench-results.md"
cat "$REPORT"
say "written to $B/bench-results.md"
