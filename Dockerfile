# tsfw firmware builds.  Two targets:
#   docker build --target esp32   -t tsfw-esp32 .    (ESP-IDF 5.2.2: ESP32, ESP32-C3, QEMU)
#   docker build --target esp8266 -t tsfw-esp8266 .  (ESP8266_RTOS_SDK v3.4)
# mk/firmware.mk drives them (make firmware / flash / monitor / qemu).
#
# Choices:
#  * Base: espressif/idf:v5.2.2, a pinned release tag (Ubuntu 22.04 inside);
#    it carries idf.py, the toolchains and Espressif's QEMU.
#  * Node.js 20: the official binary tarball from nodejs.org, pinned and
#    checked against its published SHA-256 (Ubuntu 22.04's own nodejs is
#    v12, too old for TypeScript 5.9; NodeSource's apt repository would
#    work too but adds a third-party signing key to trust).
#  * llhttp: not in ESP-IDF.  The host build uses Debian's node-llhttp
#    (8.1.0: /usr/share/llhttp/*.c).  Ubuntu 22.04's node-llhttp is 6.0.x
#    and its C layout differs, so the image takes the same 8.1.0 C sources
#    from the nodejs/llhttp "release/v8.1.0" tag (the generated C that the
#    llhttp project publishes for C users) into /opt/llhttp/{src,include}.
ARG IDF_TAG=v5.2.2
FROM espressif/idf:${IDF_TAG} AS esp32

ARG NODE_VERSION=20.18.1
ARG LLHTTP_VERSION=8.1.0
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update && apt-get install -y --no-install-recommends xz-utils ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN arch=$(dpkg --print-architecture | sed 's/amd64/x64/') \
    && cd /tmp \
    && curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-${arch}.tar.xz \
    && curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION}/SHASUMS256.txt \
    && grep " node-v${NODE_VERSION}-linux-${arch}.tar.xz\$" SHASUMS256.txt | sha256sum -c - \
    && tar -xJf node-v${NODE_VERSION}-linux-${arch}.tar.xz -C /usr/local --strip-components=1 \
    && rm -f node-v*.tar.xz SHASUMS256.txt && node --version
RUN mkdir -p /opt/llhttp && cd /tmp \
    && curl -fsSL https://github.com/nodejs/llhttp/archive/refs/tags/release/v${LLHTTP_VERSION}.tar.gz -o llhttp.tgz \
    && tar -xzf llhttp.tgz -C /opt/llhttp --strip-components=1 && rm llhttp.tgz \
    && test -f /opt/llhttp/src/llhttp.c && test -f /opt/llhttp/include/llhttp.h
ENV LLHTTP_DIR=/opt/llhttp/src LLHTTP_INCLUDE_DIR=/opt/llhttp/include

WORKDIR /work
# package-lock.json is in the repository, not in the npm package (tsfw build
# --target esp32 builds this image from the installed package)
COPY package*.json ./
RUN if [ -f package-lock.json ]; then npm ci --ignore-scripts; else npm install --ignore-scripts --no-audit --no-fund; fi
COPY . .
RUN node_modules/.bin/tsc -b ts/compiler ts/lib
# Build entry: APP (a .ts under the repo) -> generated/app.c -> firmware.
# TARGET_CHIP: esp32 (default) or esp32c3.  QEMU=1 adds sdkconfig.defaults.qemu.
ENV APP=ts/app/app.ts TARGET_CHIP=esp32 QEMU=0
CMD set -e; node dist/compiler/cli.js emit "$APP" -o generated/app.c; \
    defs="sdkconfig.defaults"; [ "$QEMU" = 1 ] && defs="$defs;sdkconfig.defaults.qemu"; \
    idf.py -B build/idf-$TARGET_CHIP -D SDKCONFIG=build/idf-$TARGET_CHIP/sdkconfig \
        -D SDKCONFIG_DEFAULTS="$defs" set-target $TARGET_CHIP build

# ------------------------------------------------------------------ ESP8266
# There is no official ESP8266_RTOS_SDK image: the stage clones the SDK at
# its v3.4 tag and installs the xtensa-lx106 toolchain that the SDK's
# documentation names for v3.4 (esp-2020r3-49-gd5524c1, gcc 8.4.0).
FROM ubuntu:20.04 AS esp8266
ARG NODE_VERSION=20.18.1
ARG LLHTTP_VERSION=8.1.0
ARG SDK_TAG=v3.4
ENV DEBIAN_FRONTEND=noninteractive
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update && apt-get install -y --no-install-recommends \
        git wget curl ca-certificates xz-utils make cmake ninja-build flex bison gperf \
        python3 python3-pip python3-venv python-is-python3 libncurses-dev \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 --branch ${SDK_TAG} --recursive https://github.com/espressif/ESP8266_RTOS_SDK.git /opt/ESP8266_RTOS_SDK
RUN cd /opt && curl -fsSL https://dl.espressif.com/dl/xtensa-lx106-elf-gcc8_4_0-esp-2020r3-linux-amd64.tar.gz | tar -xz
ENV IDF_PATH=/opt/ESP8266_RTOS_SDK PATH=/opt/xtensa-lx106-elf/bin:/opt/ESP8266_RTOS_SDK/tools:$PATH
RUN python -m pip install --no-cache-dir -r $IDF_PATH/requirements.txt
RUN cd /tmp && curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-x64.tar.xz \
    && curl -fsSLO https://nodejs.org/dist/v${NODE_VERSION}/SHASUMS256.txt \
    && grep " node-v${NODE_VERSION}-linux-x64.tar.xz\$" SHASUMS256.txt | sha256sum -c - \
    && tar -xJf node-v${NODE_VERSION}-linux-x64.tar.xz -C /usr/local --strip-components=1 \
    && rm -f node-v*.tar.xz SHASUMS256.txt && node --version
# SDK 3.4 has no spiffs_create_partition_image (ESP8266_RTOS_SDK issue
# #1257): firmware/esp8266/main/CMakeLists.txt runs ESP-IDF's spiffsgen.py,
# taken from the same pinned ESP-IDF release as the esp32 stage.
ARG IDF_SPIFFSGEN_TAG=v5.2.2
RUN curl -fsSL https://raw.githubusercontent.com/espressif/esp-idf/${IDF_SPIFFSGEN_TAG}/components/spiffs/spiffsgen.py \
        -o /opt/spiffsgen.py && python3 /opt/spiffsgen.py --help > /dev/null
ENV SPIFFSGEN=/opt/spiffsgen.py
RUN mkdir -p /opt/llhttp && curl -fsSL https://github.com/nodejs/llhttp/archive/refs/tags/release/v${LLHTTP_VERSION}.tar.gz \
    | tar -xz -C /opt/llhttp --strip-components=1 \
    && test -f /opt/llhttp/src/llhttp.c && test -f /opt/llhttp/include/llhttp.h
ENV LLHTTP_DIR=/opt/llhttp/src LLHTTP_INCLUDE_DIR=/opt/llhttp/include
WORKDIR /work
# package-lock.json is in the repository, not in the npm package (tsfw build
# --target esp32 builds this image from the installed package)
COPY package*.json ./
RUN if [ -f package-lock.json ]; then npm ci --ignore-scripts; else npm install --ignore-scripts --no-audit --no-fund; fi
COPY . .
RUN node_modules/.bin/tsc -b ts/compiler ts/lib
ENV APP=ts/app/app.ts
CMD set -e; node dist/compiler/cli.js emit "$APP" -o generated/app.c; \
    cd firmware/esp8266 && idf.py -B ../../build/esp8266 build
