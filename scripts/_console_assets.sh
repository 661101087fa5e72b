# Sourced by scripts/_env.sh (so by dev.sh and test.sh): the staff console's static assets —
# htmx, Pico CSS, ECharts — installed from npm at the versions of the lock file and copied into
# the Python package (backend/banzheng/console/static/vendor/), served from there; no CDN.
# Runs npm only when the lock file is newer than the copy.
console_assets() {
  local src="$ROOT/backend/banzheng/console/assets"
  local out="$ROOT/backend/banzheng/console/static/vendor"
  local stamp="$out/.installed"
  if [ -f "$stamp" ] && [ ! "$src/package-lock.json" -nt "$stamp" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
  (cd "$src" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  mkdir -p "$out"
  cp "$src/node_modules/htmx.org/dist/htmx.min.js" \
     "$src/node_modules/@picocss/pico/css/pico.min.css" \
     "$src/node_modules/echarts/dist/echarts.min.js" "$out/"
  for license in htmx.org @picocss/pico echarts; do
    cp "$src/node_modules/$license/LICENSE"* "$out/LICENSE-$(basename "$license")"
  done
  touch "$stamp"
}
console_assets
