/* app_main.c - ESP-IDF entry point of the tsfw firmware.
 *
 *   1. NVS (Wi-Fi keeps its calibration and credentials there);
 *   2. network: Wi-Fi station with the menuconfig SSID/password, retried
 *      forever with exponential back-off (500 ms doubling up to
 *      CONFIG_TSFW_WIFI_MAX_BACKOFF_MS); under QEMU (CONFIG_TSFW_USE_OPENETH)
 *      the OpenCores Ethernet MAC instead;
 *   3. SPIFFS partition "storage" mounted at /spiffs (fs/ of the repo:
 *      www/ and ca.pem, the TLS roots: TSFW_CA_FILE_DEFAULT is
 *      "/spiffs/ca.pem" in this build, components/runtime/CMakeLists.txt);
 *   4. once the network is up, the clock from SNTP (TLS checks certificate
 *      dates), waiting at most CONFIG_TSFW_SNTP_WAIT_MS;
 *   5. the compiled app (generated/app.c, its main() renamed tsfw_app_main
 *      by firmware/CMakeLists.txt) in its own task, with a stack of
 *      CONFIG_TSFW_APP_TASK_STACK bytes.  The app's main() runs the top
 *      level and then the runtime's event loop, which never returns while
 *      a server listens.
 * Written against the ESP-IDF v5.2 API reference; built only in Docker.
 */
#include <string.h>

#include "esp_event.h"
#include "esp_log.h"
#include "esp_netif.h"
#include "esp_netif_sntp.h"
#include "esp_spiffs.h"
#include "esp_system.h"
#include "esp_timer.h"
#include "esp_wifi.h"
#include "freertos/FreeRTOS.h"
#include "freertos/event_groups.h"
#include "freertos/task.h"
#include "nvs_flash.h"
#include "sdkconfig.h"
#if CONFIG_TSFW_USE_OPENETH
#include "esp_eth.h"
#endif

int tsfw_app_main(int argc, char **argv);
void port_log_set_level(int level); /* components/runtime/port/port.h */

static const char *TAG = "tsfw-fw";
static EventGroupHandle_t s_net_events;
#define NET_UP BIT0

/* ------------------------------------------------------------------ NVS */
static void nvs_init(void) {
    esp_err_t err = nvs_flash_init();
    if (err == ESP_ERR_NVS_NO_FREE_PAGES || err == ESP_ERR_NVS_NEW_VERSION_FOUND) {
        ESP_ERROR_CHECK(nvs_flash_erase());
        err = nvs_flash_init();
    }
    ESP_ERROR_CHECK(err);
}

/* ---------------------------------------------------------------- Wi-Fi */
#if !CONFIG_TSFW_USE_OPENETH
static uint32_t s_backoff_ms = 500;
static esp_timer_handle_t s_retry_timer;

static void retry_connect(void *arg) {
    (void)arg;
    ESP_LOGI(TAG, "Wi-Fi: connecting to \"%s\"", CONFIG_TSFW_WIFI_SSID);
    esp_wifi_connect();
}

static void on_wifi(void *arg, esp_event_base_t base, int32_t id, void *data) {
    (void)arg;
    (void)data;
    if (base == WIFI_EVENT && id == WIFI_EVENT_STA_START) {
        esp_wifi_connect();
    } else if (base == WIFI_EVENT && id == WIFI_EVENT_STA_DISCONNECTED) {
        xEventGroupClearBits(s_net_events, NET_UP);
        ESP_LOGW(TAG, "Wi-Fi: disconnected; next attempt in %u ms", (unsigned)s_backoff_ms);
        esp_timer_start_once(s_retry_timer, (uint64_t)s_backoff_ms * 1000u);
        s_backoff_ms =
            s_backoff_ms * 2 > CONFIG_TSFW_WIFI_MAX_BACKOFF_MS ? CONFIG_TSFW_WIFI_MAX_BACKOFF_MS : s_backoff_ms * 2;
    } else if (base == IP_EVENT && id == IP_EVENT_STA_GOT_IP) {
        ip_event_got_ip_t *ev = (ip_event_got_ip_t *)data;
        ESP_LOGI(TAG, "Wi-Fi: got address " IPSTR, IP2STR(&ev->ip_info.ip));
        s_backoff_ms = 500;
        xEventGroupSetBits(s_net_events, NET_UP);
    }
}

static void net_start(void) {
    wifi_init_config_t cfg = WIFI_INIT_CONFIG_DEFAULT();
    wifi_config_t wc;
    const esp_timer_create_args_t targs = {.callback = retry_connect, .name = "wifi-retry"};

    esp_netif_create_default_wifi_sta();
    ESP_ERROR_CHECK(esp_wifi_init(&cfg));
    ESP_ERROR_CHECK(esp_timer_create(&targs, &s_retry_timer));
    ESP_ERROR_CHECK(esp_event_handler_instance_register(WIFI_EVENT, ESP_EVENT_ANY_ID, on_wifi, NULL, NULL));
    ESP_ERROR_CHECK(esp_event_handler_instance_register(IP_EVENT, IP_EVENT_STA_GOT_IP, on_wifi, NULL, NULL));

    memset(&wc, 0, sizeof wc);
    strncpy((char *)wc.sta.ssid, CONFIG_TSFW_WIFI_SSID, sizeof wc.sta.ssid);
    strncpy((char *)wc.sta.password, CONFIG_TSFW_WIFI_PASSWORD, sizeof wc.sta.password);
    wc.sta.threshold.authmode = strlen(CONFIG_TSFW_WIFI_PASSWORD) ? WIFI_AUTH_WPA2_PSK : WIFI_AUTH_OPEN;
    ESP_ERROR_CHECK(esp_wifi_set_mode(WIFI_MODE_STA));
    ESP_ERROR_CHECK(esp_wifi_set_config(WIFI_IF_STA, &wc));
    ESP_ERROR_CHECK(esp_wifi_start());
}
#else
/* ------------------------------------------------ OpenCores MAC (QEMU) */
static void on_ip(void *arg, esp_event_base_t base, int32_t id, void *data) {
    ip_event_got_ip_t *ev = (ip_event_got_ip_t *)data;
    (void)arg;
    (void)base;
    (void)id;
    ESP_LOGI(TAG, "Ethernet (open_eth): got address " IPSTR, IP2STR(&ev->ip_info.ip));
    xEventGroupSetBits(s_net_events, NET_UP);
}

static void net_start(void) {
    esp_netif_config_t ncfg = ESP_NETIF_DEFAULT_ETH();
    esp_netif_t *netif = esp_netif_new(&ncfg);
    eth_mac_config_t mac_cfg = ETH_MAC_DEFAULT_CONFIG();
    eth_phy_config_t phy_cfg = ETH_PHY_DEFAULT_CONFIG();
    esp_eth_mac_t *mac;
    esp_eth_phy_t *phy;
    esp_eth_handle_t eth = NULL;
    esp_eth_config_t cfg;

    phy_cfg.autonego_timeout_ms = 100;
    mac = esp_eth_mac_new_openeth(&mac_cfg);
    phy = esp_eth_phy_new_dp83848(&phy_cfg);
    cfg = (esp_eth_config_t)ETH_DEFAULT_CONFIG(mac, phy);
    ESP_ERROR_CHECK(esp_eth_driver_install(&cfg, &eth));
    ESP_ERROR_CHECK(esp_netif_attach(netif, esp_eth_new_netif_glue(eth)));
    ESP_ERROR_CHECK(esp_event_handler_instance_register(IP_EVENT, IP_EVENT_ETH_GOT_IP, on_ip, NULL, NULL));
    ESP_ERROR_CHECK(esp_eth_start(eth));
}
#endif

/* --------------------------------------------------------------- SPIFFS */
static void spiffs_mount(void) {
    esp_vfs_spiffs_conf_t conf = {
        .base_path = "/spiffs",
        .partition_label = "storage",
        .max_files = CONFIG_TSFW_SPIFFS_MAX_FILES,
        .format_if_mount_failed = false,
    };
    size_t total = 0, used = 0;
    esp_err_t err = esp_vfs_spiffs_register(&conf);
    if (err != ESP_OK) {
        /* the app still runs; static files and ca.pem are missing */
        ESP_LOGE(TAG, "SPIFFS: mount of \"storage\" at /spiffs failed: %s", esp_err_to_name(err));
        return;
    }
    if (esp_spiffs_info(conf.partition_label, &total, &used) == ESP_OK)
        ESP_LOGI(TAG, "SPIFFS: /spiffs mounted, %u of %u bytes used", (unsigned)used, (unsigned)total);
}

/* ---------------------------------------------------------------- clock */
static void clock_sync(void) {
    if (CONFIG_TSFW_SNTP_SERVER[0] == '\0') {
        ESP_LOGW(TAG, "SNTP: no server configured; TLS certificate checks fail until the clock is set");
        return;
    }
    esp_sntp_config_t cfg = ESP_NETIF_SNTP_DEFAULT_CONFIG(CONFIG_TSFW_SNTP_SERVER);
    if (esp_netif_sntp_init(&cfg) != ESP_OK) {
        ESP_LOGE(TAG, "SNTP: could not start");
        return;
    }
    if (esp_netif_sntp_sync_wait(pdMS_TO_TICKS(CONFIG_TSFW_SNTP_WAIT_MS)) == ESP_OK)
        ESP_LOGI(TAG, "SNTP: clock set from %s", CONFIG_TSFW_SNTP_SERVER);
    else
        ESP_LOGW(TAG, "SNTP: no time from %s within %d ms; still trying in the background", CONFIG_TSFW_SNTP_SERVER,
                 CONFIG_TSFW_SNTP_WAIT_MS);
}

/* ------------------------------------------------------------- the app */
static void app_task(void *arg) {
    static char name[] = "app";
    char *argv[2] = {name, NULL};
    int rc;
    (void)arg;
    xEventGroupWaitBits(s_net_events, NET_UP, pdFALSE, pdTRUE, portMAX_DELAY);
    clock_sync();
    ESP_LOGI(TAG, "starting the app (stack %d bytes, free heap %u)", CONFIG_TSFW_APP_TASK_STACK,
             (unsigned)esp_get_free_heap_size());
    port_log_set_level(CONFIG_TSFW_LOG_LEVEL);
    rc = tsfw_app_main(1, argv);
    ESP_LOGW(TAG, "app finished with status %d (nothing left to wait on)", rc);
    vTaskDelete(NULL);
}

void app_main(void) {
    nvs_init();
    s_net_events = xEventGroupCreate();
    ESP_ERROR_CHECK(esp_netif_init());
    ESP_ERROR_CHECK(esp_event_loop_create_default());
    spiffs_mount();
    net_start();
    /* FreeRTOS on ESP-IDF counts stack depth in bytes */
    xTaskCreate(app_task, "tsfw_app", CONFIG_TSFW_APP_TASK_STACK, NULL, CONFIG_TSFW_APP_TASK_PRIORITY, NULL);
}
