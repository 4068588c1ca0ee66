// Module entry of the geartrain extension. Contract: MINIT registers the
// Net_Gearman_* classes from the generated geartrain_arginfo.h (the only
// translation unit that includes it, so its static tables exist once) and
// runs the per-class fix-ups; MSHUTDOWN undoes them; MINFO reports the
// version and which parts of the Net_Gearman surface are native so far.
// Depends on ext/sockets (Net_Gearman_Connection will hand out \Socket
// objects), ext/json (the library's wire encoding) and SPL (ArrayIterator).
#include <string>

#include "errors.h"
#include "php_geartrain.h"
#include "protocol/packet_type.h"

extern "C" {
#include "ext/spl/spl_iterators.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
}

#include "geartrain_arginfo.h"

zend_class_entry* geartrain_ce_exception = nullptr;
zend_class_entry* geartrain_ce_job_exception = nullptr;
zend_class_entry* geartrain_ce_task = nullptr;
zend_class_entry* geartrain_ce_set = nullptr;
zend_class_entry* geartrain_ce_connection = nullptr;
zend_class_entry* geartrain_ce_client = nullptr;
zend_class_entry* geartrain_ce_manager = nullptr;
zend_class_entry* geartrain_ce_job = nullptr;
zend_class_entry* geartrain_ce_job_common = nullptr;
zend_class_entry* geartrain_ce_worker = nullptr;
zend_class_entry* geartrain_ce_server = nullptr;
zend_class_entry* geartrain_ce_supervisor = nullptr;

namespace {

// Counts the packet types the core protocol table knows, as a cheap proof in
// phpinfo() that the core is linked in. Runs core C++ behind the firewall.
std::string KnownPacketTypes() {
  std::string out = "?";
  CxxFirewall([&out] {
    int known = 0;
    for (uint32_t t = 0; t < 64; ++t) {
      if (geartrain::IsKnownPacketType(t)) ++known;
    }
    out = std::to_string(known);
  });
  return out;
}

}  // namespace

PHP_MINIT_FUNCTION(geartrain) {
  geartrain_ce_exception = register_class_Net_Gearman_Exception(zend_ce_exception);
  geartrain_ce_job_exception = register_class_Net_Gearman_Job_Exception(geartrain_ce_exception);
  geartrain_ce_task = register_class_Net_Gearman_Task();
  GeartrainTaskMinit(geartrain_ce_task);
  geartrain_ce_set = register_class_Net_Gearman_Set(zend_ce_aggregate, zend_ce_countable);
  geartrain_ce_connection = register_class_Net_Gearman_Connection();
  GeartrainConnectionMinit(geartrain_ce_connection);
  geartrain_ce_client = register_class_Net_Gearman_Client();
  GeartrainClientMinit(geartrain_ce_client);
  geartrain_ce_manager = register_class_Net_Gearman_Manager();
  GeartrainManagerMinit(geartrain_ce_manager);
  geartrain_ce_job = register_class_Net_Gearman_Job();
  geartrain_ce_job_common = register_class_Net_Gearman_Job_Common();
  GeartrainJobMinit(geartrain_ce_job, geartrain_ce_job_common);
  geartrain_ce_worker = register_class_Net_Gearman_Worker();
  GeartrainWorkerMinit(geartrain_ce_worker);
  geartrain_ce_server = register_class_Net_Gearman_Server();
  GeartrainServerMinit(geartrain_ce_server);
  geartrain_ce_supervisor = register_class_Net_Gearman_Supervisor();
  GeartrainSupervisorMinit(geartrain_ce_supervisor);
  return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(geartrain) {
  GeartrainTaskMshutdown();
  return SUCCESS;
}

PHP_MINFO_FUNCTION(geartrain) {
  php_info_print_table_start();
  php_info_print_table_header(2, "geartrain support", "enabled");
  php_info_print_table_row(2, "Version", PHP_GEARTRAIN_VERSION);
  php_info_print_table_row(2, "Native classes",
                           "Net_Gearman_Exception, Net_Gearman_Job_Exception, "
                           "Net_Gearman_Task, Net_Gearman_Set, Net_Gearman_Connection, "
                           "Net_Gearman_Client, Net_Gearman_Manager, Net_Gearman_Job, "
                           "Net_Gearman_Job_Common, Net_Gearman_Worker, Net_Gearman_Server, "
                           "Net_Gearman_Supervisor");
  php_info_print_table_row(2, "Protocol packet types", KnownPacketTypes().c_str());
  php_info_print_table_end();
}

// Zend's table macros read better one entry per line.
// clang-format off
static const zend_module_dep geartrain_deps[] = {
    ZEND_MOD_REQUIRED("spl")
    ZEND_MOD_REQUIRED("json")
    ZEND_MOD_REQUIRED("sockets")
    ZEND_MOD_END};

zend_module_entry geartrain_module_entry = {
    STANDARD_MODULE_HEADER_EX,
    nullptr,
    geartrain_deps,
    "geartrain",
    nullptr,  // functions: everything is a class method
    PHP_MINIT(geartrain),
    PHP_MSHUTDOWN(geartrain),
    nullptr,  // RINIT
    nullptr,  // RSHUTDOWN
    PHP_MINFO(geartrain),
    PHP_GEARTRAIN_VERSION,
    STANDARD_MODULE_PROPERTIES};
// clang-format on

#ifdef COMPILE_DL_GEARTRAIN
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
extern "C" {
ZEND_GET_MODULE(geartrain)
}
#endif
