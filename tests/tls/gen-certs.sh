#!/bin/sh
# gen-certs.sh DIR - make the TLS test certificates into DIR (created).
# Run at test time; nothing here is ever committed.  Uses openssl only.
#
#   ca.pem / ca.key                 test CA
#   server.pem / server.key         valid for localhost (SAN DNS:localhost), signed by the CA
#   unknown.pem / unknown.key       for localhost, signed by another CA (not trusted)
#   expired.pem / expired.key       for localhost, signed by the CA, validity 2020-01-01..2020-01-02
#   wronghost.pem / wronghost.key   for other.example (SAN DNS:other.example), signed by the CA
#   selfsigned.pem / selfsigned.key self-signed, for localhost
#   client.pem / client.key         client certificate (clientAuth) signed by the CA
#   badclient.pem / badclient.key   client certificate signed by the other CA
set -eu
D=${1:?usage: gen-certs.sh DIR}
mkdir -p "$D"
cd "$D"
O="openssl"
DAYS=30

key() { $O ecparam -name prime256v1 -genkey -noout -out "$1" 2>/dev/null; }

ext_server() {   # $1 = dns name
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:%s\n' "$1"
}
ext_client() {
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n'
}
ext_ca() {
    printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n'
}

# two CAs: the trusted test CA and an unknown one
for ca in ca otherca; do
    key $ca.key
    ext_ca > $ca.ext
    $O req -new -key $ca.key -subj "/CN=tsfw test $ca" -out $ca.csr
    $O x509 -req -in $ca.csr -signkey $ca.key -days $DAYS -extfile $ca.ext -out $ca.pem 2>/dev/null
done

# sign NAME CA CN EXTFUNC [ARG]
sign() {
    name=$1; ca=$2; cn=$3; ext=$4; arg=${5:-}
    key $name.key
    $O req -new -key $name.key -subj "/CN=$cn" -out $name.csr
    $ext $arg > $name.ext
    $O x509 -req -in $name.csr -CA $ca.pem -CAkey $ca.key -CAcreateserial -days $DAYS \
        -extfile $name.ext -out $name.pem 2>/dev/null
}

sign server ca localhost ext_server localhost
sign unknown otherca localhost ext_server localhost
sign wronghost ca other.example ext_server other.example
sign client ca "tsfw test client" ext_client
sign badclient otherca "tsfw bad client" ext_client

# expired: `openssl ca` takes explicit start/end dates
key expired.key
$O req -new -key expired.key -subj "/CN=localhost" -out expired.csr
ext_server localhost > expired.ext
mkdir -p cadb
: > cadb/index.txt
echo 1000 > cadb/serial
cat > cadb/ca.cnf <<CNF
[ ca ]
default_ca = test
[ test ]
dir = cadb
database = cadb/index.txt
serial = cadb/serial
new_certs_dir = cadb
default_md = sha256
policy = any
unique_subject = no
[ any ]
commonName = supplied
CNF
$O ca -batch -config cadb/ca.cnf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem \
    -startdate 20200101000000Z -enddate 20200102000000Z -extfile expired.ext -notext 2>/dev/null

# self-signed for localhost
key selfsigned.key
ext_server localhost > selfsigned.ext
$O req -new -key selfsigned.key -subj "/CN=localhost" -out selfsigned.csr
$O x509 -req -in selfsigned.csr -signkey selfsigned.key -days $DAYS -extfile selfsigned.ext \
    -out selfsigned.pem 2>/dev/null

rm -f ./*.csr ./*.ext
echo "gen-certs: made test certificates in $D"
