#!/usr/bin/env bash
# The docs/deploy.md drill on 127.0.0.1 (no systemd here: section 9; root instead of a velkommen user).
# Run as root on a machine with Caddy, Go and Node: bash docs/deploy-drill.sh (it works in /tmp/velkommen-drill).
set -euo pipefail
D=${DRILL_DIRECTORY:-/tmp/velkommen-drill}; rm -rf $D; mkdir -p $D/etc $D/var/lib $D/backups
t0=$(date +%s); lap() { echo "⏱ $1: $(( $(date +%s) - t0 )) s"; }
apt-get install -y -qq git ca-certificates curl unzip caddy >/dev/null; lap "1 packages (already installed; nodejs/npm preinstalled here)"
export PATH=/usr/local/go/bin:$PATH; go version
git clone -q "${VELKOMMEN_REPOSITORY:-$(git rev-parse --show-toplevel)}" $D/velkommen
cd $D/velkommen
npm ci --no-audit --no-fund >/dev/null 2>&1; lap "2 npm ci"
npm run -s setup -- --no-apt; lap "2 setup"
npm run -s build >/dev/null; lap "2 build"
# 3. settings: a local aiosmtpd stands in for the municipality's relay in the drill
SMTP_PORT=2525; mkdir -p $D/mail
.cache/aiosmtpd/1.4.6/bin/python -m aiosmtpd -n -l 127.0.0.1:$SMTP_PORT -c aiosmtpd.handlers.Mailbox $D/mail/box & echo $! > $D/smtp.pid
cat > $D/etc/velkommen.env <<ENV
PB_SUPERUSER_EMAIL=it-drift@drill.example
VELKOMMEN_ORIGIN=https://127.0.0.1:8443
VELKOMMEN_SMTP_HOST=127.0.0.1
VELKOMMEN_SMTP_PORT=$SMTP_PORT
VELKOMMEN_MAIL_FROM=velkommen@drill.example
VELKOMMEN_TRUSTED_PROXY_HEADER=X-Forwarded-For
PB_DATA=$D/var/lib/pb_data
PORT=8099
ENV
openssl rand -base64 24 > $D/etc/superuser-password; chmod 600 $D/etc/superuser-password
set -a; . $D/etc/velkommen.env; set +a
export PB_SUPERUSER_PASSWORD_FILE=$D/etc/superuser-password
npm run -s serve -- --check; lap "3 settings checked"
# 4/9. the service
node_modules/.bin/node scripts/serve.mjs > $D/serve.log 2>&1 & echo $! > $D/serve.pid
for i in $(seq 100); do curl -fsS http://127.0.0.1:8099/api/health >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS http://127.0.0.1:8099/api/health; echo; lap "4 service healthy"
# 5. Caddy with deploy/Caddyfile (drill: internal CA on 127.0.0.1:8443, HTTP port 8088, state in $D)
mkdir -p $D/caddy; cp deploy/Caddyfile deploy/velkommen-site.caddy $D/caddy/
printf '{\n\tadmin off\n\tskip_install_trust\n\tstorage file_system %s/caddy/storage\n\thttp_port 8088\n\thttps_port 8443\n\tdefault_sni 127.0.0.1\n}\nimport %s/caddy/Caddyfile\n' $D $D > $D/caddy/drill.Caddyfile
VELKOMMEN_SITE_ADDRESS=https://127.0.0.1:8443 VELKOMMEN_TLS=internal VELKOMMEN_UPSTREAM=127.0.0.1:8099 caddy validate --config $D/caddy/drill.Caddyfile --adapter caddyfile 2>/dev/null
VELKOMMEN_SITE_ADDRESS=https://127.0.0.1:8443 VELKOMMEN_TLS=internal VELKOMMEN_UPSTREAM=127.0.0.1:8099 caddy run --config $D/caddy/drill.Caddyfile --adapter caddyfile > $D/caddy.log 2>&1 & echo $! > $D/caddy.pid
CA=$D/caddy/storage/pki/authorities/local/root.crt
for i in $(seq 100); do [ -f $CA ] && curl -fsS --cacert $CA https://127.0.0.1:8443/api/health >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsSI --cacert $CA https://127.0.0.1:8443/da/ | grep -iE "^(HTTP|strict-transport|content-security|cache-control)" | cut -c1-100
echo "/_/ through Caddy: $(curl -s -o /dev/null -w '%{http_code}' --cacert $CA https://127.0.0.1:8443/_/)"
echo "demo accounts: $(curl -s 'http://127.0.0.1:8099/api/collections/users/records' | head -c 120)"
lap "5 HTTPS through Caddy"
# 7. replication to a file replica
cat > $D/etc/litestream.env <<ENV
PB_DATA=$D/var/lib/pb_data
VELKOMMEN_REPLICA_URL=file://$D/backups/replica
ENV
set -a; . $D/etc/litestream.env; set +a
.cache/litestream/0.5.18/litestream replicate -config deploy/litestream.yml > $D/litestream.log 2>&1 & echo $! > $D/litestream.pid
for i in $(seq 100); do [ -n "$(find $D/backups/replica/data.db -type f 2>/dev/null | head -1)" ] && break; sleep 0.2; done
lap "7 replicating"
PB_URL=http://127.0.0.1:8099 npm run -s backup -- --out $D/backups/zip; lap "7 zip backup"
# 8. restore drill from the replica
sleep 2
kill $(cat $D/litestream.pid) $(cat $D/serve.pid); sleep 1
mv $D/var/lib/pb_data $D/var/lib/pb_data.before-drill
r0=$(date +%s%N)
npm run -s restore -- --replica --data-dir $D/var/lib/pb_data
node_modules/.bin/node scripts/serve.mjs > $D/serve2.log 2>&1 & echo $! > $D/serve.pid
for i in $(seq 200); do curl -fsS http://127.0.0.1:8099/api/health >/dev/null 2>&1 && break; sleep 0.1; done
echo "restore + start until healthy: $(( ($(date +%s%N) - r0) / 1000000 )) ms"
curl -fsS --cacert $CA https://127.0.0.1:8443/api/health; echo
lap "8 restore drill"
kill $(cat $D/serve.pid) $(cat $D/caddy.pid) $(cat $D/smtp.pid) 2>/dev/null || true
grep -c "Pass\|password" $D/serve.log $D/serve2.log || true
echo "total: $(( $(date +%s) - t0 )) s"
