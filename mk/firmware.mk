# mk/firmware.mk - firmware through Docker (Dockerfile): ESP32 / ESP32-C3
# with ESP-IDF 5.2.2, ESP8266 with ESP8266_RTOS_SDK v3.4, and the ESP32
# firmware under Espressif's QEMU.  See docs/firmware.md.
#
#   make firmware [APP=ts/app/app.ts] [CHIP=esp32|esp32c3] [TARGET=esp8266]
#   make flash    PORT=/dev/ttyUSB0 [TARGET=esp8266]
#   make monitor  PORT=/dev/ttyUSB0 [TARGET=esp8266]
#   make qemu     ESP32 firmware + open_eth in QEMU, host port 8000 -> device
#                 port 8000, then the HTTP smoke requests against it
#
# Every target needs a working Docker engine and stops with an error
# otherwise.  Included from the root Makefile (include mk/*.mk); the default
# goal is left alone.

FW_SAVED_DEFAULT_GOAL := $(.DEFAULT_GOAL)
FW_TOP := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
DOCKER ?= docker
APP ?= ts/app/app.ts
CHIP ?= esp32
PORT ?= /dev/ttyUSB0
BAUD ?= 460800
TARGET ?= esp32
QEMU_HTTP_PORT ?= 8000
FW_IMAGE_esp32 := tsfw-esp32
FW_IMAGE_esp8266 := tsfw-esp8266
FW_IMAGE := $(FW_IMAGE_$(if $(filter esp8266,$(TARGET)),esp8266,esp32))
FW_STAGE := $(if $(filter esp8266,$(TARGET)),esp8266,esp32)
FW_BUILD_DIR := $(if $(filter esp8266,$(TARGET)),build/esp8266,build/idf-$(CHIP))
FW_PROJECT_DIR := $(if $(filter esp8266,$(TARGET)),/work/firmware/esp8266,/work)
FW_RUN := $(DOCKER) run --rm -v $(FW_TOP)/build:/work/build -e APP=$(APP) -e TARGET_CHIP=$(CHIP)

# Fails with a clear message when there is no usable Docker.
define fw_need_docker
	@command -v $(DOCKER) >/dev/null 2>&1 || { \
	    echo "error: '$@' needs Docker, and '$(DOCKER)' is not installed here." >&2; \
	    echo "       The firmware is built in the espressif/idf image (see docs/firmware.md)." >&2; exit 1; }
	@$(DOCKER) info >/dev/null 2>&1 || { \
	    echo "error: '$@' needs a running Docker engine ('$(DOCKER) info' fails)." >&2; exit 1; }
endef
define fw_need_port
	@test -e "$(PORT)" || { echo "error: serial port $(PORT) does not exist (make $@ PORT=/dev/ttyUSB0)" >&2; exit 1; }
endef

.PHONY: firmware firmware-image flash monitor qemu firmware-help

firmware-image:
	$(fw_need_docker)
	$(DOCKER) build --target $(FW_STAGE) -t $(FW_IMAGE) $(FW_TOP)

firmware: firmware-image
	@mkdir -p $(FW_TOP)/build
	$(FW_RUN) $(FW_IMAGE)
	@echo "firmware: $(FW_BUILD_DIR)/ (flash with: make flash PORT=$(PORT)$(if $(filter esp8266,$(TARGET)), TARGET=esp8266))"

# A new container only shares build/ with the one that built the firmware,
# so generated/app.c is emitted again before idf.py flash (ninja would
# otherwise stop on the missing source).  ESP8266: SDK 3.4 cannot flash the
# SPIFFS image itself (firmware/esp8266/main/CMakeLists.txt), so esptool
# writes build/esp8266/storage.bin at the "storage" offset of
# firmware/esp8266/partitions.csv.
FW_ESP8266_STORAGE_OFFSET := 0x100000
FW_FLASH_esp32 = idf.py -B /work/$(FW_BUILD_DIR) -p $(PORT) -b $(BAUD) flash
FW_FLASH_esp8266 = idf.py -B /work/$(FW_BUILD_DIR) -p $(PORT) -b $(BAUD) flash && \
	    python $$IDF_PATH/components/esptool_py/esptool/esptool.py --chip esp8266 -p $(PORT) -b $(BAUD) \
	        write_flash $(FW_ESP8266_STORAGE_OFFSET) /work/$(FW_BUILD_DIR)/storage.bin
flash: firmware
	$(fw_need_port)
	$(FW_RUN) --device $(PORT) $(FW_IMAGE) bash -c 'set -e; node dist/compiler/cli.js emit "$$APP" -o generated/app.c; \
	    cd $(FW_PROJECT_DIR) && $(FW_FLASH_$(FW_STAGE))'

monitor:
	$(fw_need_docker)
	$(fw_need_port)
	$(DOCKER) run --rm -it --device $(PORT) -v $(FW_TOP)/build:/work/build $(FW_IMAGE) bash -c \
	    'cd $(FW_PROJECT_DIR) && idf.py -B /work/$(FW_BUILD_DIR) -p $(PORT) monitor'

# ESP32 image with open_eth; flash image merged with esptool, run in
# Espressif's qemu-system-xtensa (installed by idf_tools.py when the image
# lacks it), user-mode NAT with hostfwd; then the smoke requests.
qemu:
	$(fw_need_docker)
	$(DOCKER) build --target esp32 -t $(FW_IMAGE_esp32) $(FW_TOP)
	@mkdir -p $(FW_TOP)/build
	$(DOCKER) run --rm -v $(FW_TOP)/build:/work/build -e APP=$(APP) -e TARGET_CHIP=esp32 -e QEMU=1 $(FW_IMAGE_esp32)
	-$(DOCKER) rm -f tsfw-qemu >/dev/null 2>&1
	$(DOCKER) run -d --name tsfw-qemu -p $(QEMU_HTTP_PORT):8000 -v $(FW_TOP)/build:/work/build $(FW_IMAGE_esp32) bash -c '\
	    set -e; cd /work/build/idf-esp32; \
	    command -v qemu-system-xtensa >/dev/null || python $$IDF_PATH/tools/idf_tools.py install qemu-xtensa; \
	    . $$IDF_PATH/export.sh >/dev/null; \
	    esptool.py --chip esp32 merge_bin --fill-flash-size 4MB -o flash.bin @flash_args; \
	    exec qemu-system-xtensa -nographic -machine esp32 \
	        -drive file=flash.bin,if=mtd,format=raw \
	        -nic user,model=open_eth,hostfwd=tcp::8000-:8000'
	@sh $(FW_TOP)/tests/emu/firmware-http-smoke.sh http://127.0.0.1:$(QEMU_HTTP_PORT); rc=$$?; \
	    $(DOCKER) logs tsfw-qemu > $(FW_TOP)/build/qemu-console.log 2>&1; \
	    $(DOCKER) rm -f tsfw-qemu >/dev/null; \
	    echo "qemu: console log in build/qemu-console.log"; exit $$rc

firmware-help:
	@echo "firmware targets (need Docker): firmware flash monitor qemu  [TARGET=esp8266] [PORT=/dev/ttyUSB0] [APP=ts/app/x.ts] [CHIP=esp32c3]"

.DEFAULT_GOAL := $(FW_SAVED_DEFAULT_GOAL)
