/* app_main_esp8266.c - ESP8266_RTOS_SDK v3.4 entry point: the same steps as
 * firmware/app_main.c (NVS, Wi-Fi station with back-off, SPIFFS at
 * /spiffs, the app in its own task) with the SDK's older network API
 * (tcpip_adapter instead of esp_netif).  Built only in Docker. */
#include <string.h>

#include "esp_event.h"
#include "esp_log.h"
#include "esp_spiffs.h"
#include "esp_system.h"
#include "esp_timer.h"
#include "esp_wifi.h"
#include "freertos/FreeRTOS.h"
#include "freertos/event_groups.h"
#include "freertos/task.h"
#include "nvs_flash.h"
#include "tcpip_adapter.h"

int tsfw_app_main(int argc, char **argv);
void port_log_set_level(int level); /* components/runtime/port/port.h */

static const char *TAG = "tsfw-fw";
static EventGroupHandle_t s_net;
static uint32_t s_backoff_ms = 500;
static esp_timer_handle_t s_retry;

static void retry_connect(void *arg) {
    (void)arg;
    esp_wifi_connect();
}

static void on_event(void *arg, esp_event_base_t base, int32_t id, void *data) {
    (void)arg;
    if (base == WIFI_EVENT && id == WIFI_EVENT_STA_START) {
        esp_wifi_connect();
    } else if (base == WIFI_EVENT && id == WIFI_EVENT_STA_DISCONNECTED) {
        xEventGroupClearBits(s_net, BIT0);
        esp_timer_start_once(s_retry, (uint64_t)s_backoff_ms * 1000u);
        s_backoff_ms =
            s_backoff_ms * 2 > CONFIG_TSFW_WIFI_MAX_BACKOFF_MS ? CONFIG_TSFW_WIFI_MAX_BACKOFF_MS : s_backoff_ms * 2;
    } else if (base == IP_EVENT && id == IP_EVENT_STA_GOT_IP) {
        ip_event_got_ip_t *ev = (ip_event_got_ip_t *)data;
        ESP_LOGI(TAG, "got address %s", ip4addr_ntoa(&ev->ip_info.ip));
        s_backoff_ms = 500;
        xEventGroupSetBits(s_net, BIT0);
    }
}

static void app_task(void *arg) {
    static char name[] = "app";
    char *argv[2] = {name, NULL};
    (void)arg;
    xEventGroupWaitBits(s_net, BIT0, pdFALSE, pdTRUE, portMAX_DELAY);
    ESP_LOGI(TAG, "starting the app, free heap %u", (unsigned)esp_get_free_heap_size());
    port_log_set_level(CONFIG_TSFW_LOG_LEVEL);
    tsfw_app_main(1, argv);
    vTaskDelete(NULL);
}

void app_main(void) {
    wifi_init_config_t cfg = WIFI_INIT_CONFIG_DEFAULT();
    wifi_config_t wc;
    const esp_timer_create_args_t targs = {.callback = retry_connect, .name = "wifi-retry"};
    esp_vfs_spiffs_conf_t fs = {.base_path = "/spiffs",
                                .partition_label = "storage",
                                .max_files = CONFIG_TSFW_SPIFFS_MAX_FILES,
                                .format_if_mount_failed = false};
    esp_err_t err = nvs_flash_init();
    if (err == ESP_ERR_NVS_NO_FREE_PAGES) {
        ESP_ERROR_CHECK(nvs_flash_erase());
        err = nvs_flash_init();
    }
    ESP_ERROR_CHECK(err);
    if (esp_vfs_spiffs_register(&fs) != ESP_OK) ESP_LOGE(TAG, "SPIFFS mount failed");

    s_net = xEventGroupCreate();
    tcpip_adapter_init();
    ESP_ERROR_CHECK(esp_event_loop_create_default());
    ESP_ERROR_CHECK(esp_timer_create(&targs, &s_retry));
    ESP_ERROR_CHECK(esp_wifi_init(&cfg));
    ESP_ERROR_CHECK(esp_event_handler_register(WIFI_EVENT, ESP_EVENT_ANY_ID, on_event, NULL));
    ESP_ERROR_CHECK(esp_event_handler_register(IP_EVENT, IP_EVENT_STA_GOT_IP, on_event, NULL));
    memset(&wc, 0, sizeof wc);
    strncpy((char *)wc.sta.ssid, CONFIG_TSFW_WIFI_SSID, sizeof wc.sta.ssid);
    strncpy((char *)wc.sta.password, CONFIG_TSFW_WIFI_PASSWORD, sizeof wc.sta.password);
    ESP_ERROR_CHECK(esp_wifi_set_mode(WIFI_MODE_STA));
    ESP_ERROR_CHECK(esp_wifi_set_config(ESP_IF_WIFI_STA, &wc));
    ESP_ERROR_CHECK(esp_wifi_start());
    xTaskCreate(app_task, "tsfw_app", CONFIG_TSFW_APP_TASK_STACK / sizeof(StackType_t), NULL, 5, NULL);
}
