/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: acd25d51c2289a19d1f6bca73e63e3a0db5004dd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, func, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, arg, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, uniq, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_MIXED, 0, "Net_Gearman_Task::JOB_NORMAL")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, servers, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task_attachCallback, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_MIXED, 0, "Net_Gearman_Task::TASK_COMPLETE")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task_getCallbacks, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task_complete, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, result, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Task_fail arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task_status, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, numerator, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, denominator, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Task_data, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, data, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Task_warning arginfo_class_Net_Gearman_Task_data

#define arginfo_class_Net_Gearman_Task_exception arginfo_class_Net_Gearman_Task_data

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Set___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, tasks, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Set_addTask, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, task, Net_Gearman_Task, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Set_getTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Set_finished arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Set_attachCallback, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_OBJ_INFO_EX(arginfo_class_Net_Gearman_Set_getIterator, 0, 0, Traversable, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_TENTATIVE_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Set_count, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, host, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "250")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Connection___destruct arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_connect, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, host, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "250")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_addWaitingTask, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, task, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Connection_getWaitingTask arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_send, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, command, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, params, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Connection_read arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_blockingRead, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "250")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Connection_close arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Connection_isConnected arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_calculateTimeout, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, milliseconds, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_stringLength, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, value, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_subString, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, str, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, start, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, length, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_setServerVersion, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, host, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, manager, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Connection_fixTimeout, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, params, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, servers, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "1000")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Client_getInstance arginfo_class_Net_Gearman_Client___construct

#define arginfo_class_Net_Gearman_Client_attachCallback arginfo_class_Net_Gearman_Set_attachCallback

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client___call, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, func, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, args, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client_getConnection, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, uniq, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, servers, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Client_submitTask arginfo_class_Net_Gearman_Set_addTask

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client_runSet, 0, 0, 1)
	ZEND_ARG_OBJ_INFO(0, set, Net_Gearman_Set, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client_handleResponse, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, resp, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, conn, IS_MIXED, 0)
	ZEND_ARG_OBJ_INFO(0, tasks, Net_Gearman_Set, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Client_jobStatus, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, server, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Client_disconnect arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Client___destruct arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, server, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "5")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Manager_version arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager_shutdown, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, graceful, IS_MIXED, 0, "false")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Manager_workers arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager_parseWorkersResponse, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, res, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager_setMaxQueueSize, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, function, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, size, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Manager_status arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_getPid arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_showJobs arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_showUniqueJobs arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_cancelJob arginfo_class_Net_Gearman_Set_getTask

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager_createFunction, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, function, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Manager_dropFunction arginfo_class_Net_Gearman_Manager_createFunction

#define arginfo_class_Net_Gearman_Manager_priorityStatus arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_verbose arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Manager_sendCommand, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, cmd, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Manager_recvCommand arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager_checkForError arginfo_class_Net_Gearman_Task_data

#define arginfo_class_Net_Gearman_Manager_disconnect arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Manager___destruct arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_factory, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, conn, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, initParams, IS_MIXED, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_Common___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, conn, Net_Gearman_Connection, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, initParams, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_Common_run, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, arg, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Job_Common_status arginfo_class_Net_Gearman_Task_status

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_Common_complete, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, result, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Job_Common_fail arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Job_Common_sendData arginfo_class_Net_Gearman_Task_data

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_Common_sendWarning, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, warning, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Job_Common_sendException, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Job_Common_getUniqueId arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, servers, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, id, IS_MIXED, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, socket_timeout, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Worker_connection_status arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_addAbility, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, ability, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeout, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, initParams, IS_MIXED, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, conn, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_addAbilities, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, conn, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_beginWork, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, monitor, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_waitQuietly, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, monitor, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, lastJobTime, IS_MIXED, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Worker_deepSleep arginfo_class_Net_Gearman_Worker_waitQuietly

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_askForWork, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, monitor, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, lastJobTime, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Worker_retryConnections arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_doWork, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, conn, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_retryTime, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, retryCount, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_attachCallback, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, callback, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, type, IS_MIXED, 0, "Net_Gearman_Worker::JOB_COMPLETE")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Worker_endWork arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Worker___destruct arginfo_class_Net_Gearman_Task_getCallbacks

#define arginfo_class_Net_Gearman_Worker_stopWork arginfo_class_Net_Gearman_Task_getCallbacks

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_start, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_complete, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, result, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_fail, 0, 0, 3)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, error, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_status, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, server, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_close, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, server, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_setReportExceptions, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, report, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Worker_setPrefetch, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, prefetch, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Server___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Net_Gearman_Server_fromCommandLine, 0, 1, Net_Gearman_Server, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Server_usage, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Server_start, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Server_run arginfo_class_Net_Gearman_Server_start

#define arginfo_class_Net_Gearman_Server_stop arginfo_class_Net_Gearman_Server_start

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Server_isRunning, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Server_getPort, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Server_status, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Net_Gearman_Supervisor___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Net_Gearman_Supervisor_fromCommandLine, 0, 1, Net_Gearman_Supervisor, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_usage, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, program, IS_STRING, 0, "\"geartrain-supervisor\"")
ZEND_END_ARG_INFO()

#define arginfo_class_Net_Gearman_Supervisor_getConfig arginfo_class_Net_Gearman_Server_status

#define arginfo_class_Net_Gearman_Supervisor_plan arginfo_class_Net_Gearman_Server_status

#define arginfo_class_Net_Gearman_Supervisor_run arginfo_class_Net_Gearman_Server_getPort

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_monitor, 0, 0, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, idle, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, lastJob, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_onJobStart, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, args, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_onJobComplete, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, result, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_onJobFail, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, handle, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, error, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Net_Gearman_Supervisor_onWorkerStatus, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, message, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, server, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, connected, IS_MIXED, 0, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, failures, IS_MIXED, 0, "null")
ZEND_END_ARG_INFO()


ZEND_METHOD(Net_Gearman_Task, __construct);
ZEND_METHOD(Net_Gearman_Task, attachCallback);
ZEND_METHOD(Net_Gearman_Task, getCallbacks);
ZEND_METHOD(Net_Gearman_Task, complete);
ZEND_METHOD(Net_Gearman_Task, fail);
ZEND_METHOD(Net_Gearman_Task, status);
ZEND_METHOD(Net_Gearman_Task, data);
ZEND_METHOD(Net_Gearman_Task, warning);
ZEND_METHOD(Net_Gearman_Task, exception);
ZEND_METHOD(Net_Gearman_Set, __construct);
ZEND_METHOD(Net_Gearman_Set, addTask);
ZEND_METHOD(Net_Gearman_Set, getTask);
ZEND_METHOD(Net_Gearman_Set, finished);
ZEND_METHOD(Net_Gearman_Set, attachCallback);
ZEND_METHOD(Net_Gearman_Set, getIterator);
ZEND_METHOD(Net_Gearman_Set, count);
ZEND_METHOD(Net_Gearman_Connection, __construct);
ZEND_METHOD(Net_Gearman_Connection, __destruct);
ZEND_METHOD(Net_Gearman_Connection, connect);
ZEND_METHOD(Net_Gearman_Connection, addWaitingTask);
ZEND_METHOD(Net_Gearman_Connection, getWaitingTask);
ZEND_METHOD(Net_Gearman_Connection, send);
ZEND_METHOD(Net_Gearman_Connection, read);
ZEND_METHOD(Net_Gearman_Connection, blockingRead);
ZEND_METHOD(Net_Gearman_Connection, close);
ZEND_METHOD(Net_Gearman_Connection, isConnected);
ZEND_METHOD(Net_Gearman_Connection, calculateTimeout);
ZEND_METHOD(Net_Gearman_Connection, stringLength);
ZEND_METHOD(Net_Gearman_Connection, subString);
ZEND_METHOD(Net_Gearman_Connection, setServerVersion);
ZEND_METHOD(Net_Gearman_Connection, fixTimeout);
ZEND_METHOD(Net_Gearman_Client, __construct);
ZEND_METHOD(Net_Gearman_Client, getInstance);
ZEND_METHOD(Net_Gearman_Client, attachCallback);
ZEND_METHOD(Net_Gearman_Client, __call);
ZEND_METHOD(Net_Gearman_Client, getConnection);
ZEND_METHOD(Net_Gearman_Client, submitTask);
ZEND_METHOD(Net_Gearman_Client, runSet);
ZEND_METHOD(Net_Gearman_Client, handleResponse);
ZEND_METHOD(Net_Gearman_Client, jobStatus);
ZEND_METHOD(Net_Gearman_Client, disconnect);
ZEND_METHOD(Net_Gearman_Client, __destruct);
ZEND_METHOD(Net_Gearman_Manager, __construct);
ZEND_METHOD(Net_Gearman_Manager, version);
ZEND_METHOD(Net_Gearman_Manager, shutdown);
ZEND_METHOD(Net_Gearman_Manager, workers);
ZEND_METHOD(Net_Gearman_Manager, parseWorkersResponse);
ZEND_METHOD(Net_Gearman_Manager, setMaxQueueSize);
ZEND_METHOD(Net_Gearman_Manager, status);
ZEND_METHOD(Net_Gearman_Manager, getPid);
ZEND_METHOD(Net_Gearman_Manager, showJobs);
ZEND_METHOD(Net_Gearman_Manager, showUniqueJobs);
ZEND_METHOD(Net_Gearman_Manager, cancelJob);
ZEND_METHOD(Net_Gearman_Manager, createFunction);
ZEND_METHOD(Net_Gearman_Manager, dropFunction);
ZEND_METHOD(Net_Gearman_Manager, priorityStatus);
ZEND_METHOD(Net_Gearman_Manager, verbose);
ZEND_METHOD(Net_Gearman_Manager, sendCommand);
ZEND_METHOD(Net_Gearman_Manager, recvCommand);
ZEND_METHOD(Net_Gearman_Manager, checkForError);
ZEND_METHOD(Net_Gearman_Manager, disconnect);
ZEND_METHOD(Net_Gearman_Manager, __destruct);
ZEND_METHOD(Net_Gearman_Job, factory);
ZEND_METHOD(Net_Gearman_Job_Common, __construct);
ZEND_METHOD(Net_Gearman_Job_Common, status);
ZEND_METHOD(Net_Gearman_Job_Common, complete);
ZEND_METHOD(Net_Gearman_Job_Common, fail);
ZEND_METHOD(Net_Gearman_Job_Common, sendData);
ZEND_METHOD(Net_Gearman_Job_Common, sendWarning);
ZEND_METHOD(Net_Gearman_Job_Common, sendException);
ZEND_METHOD(Net_Gearman_Job_Common, getUniqueId);
ZEND_METHOD(Net_Gearman_Worker, __construct);
ZEND_METHOD(Net_Gearman_Worker, connection_status);
ZEND_METHOD(Net_Gearman_Worker, addAbility);
ZEND_METHOD(Net_Gearman_Worker, addAbilities);
ZEND_METHOD(Net_Gearman_Worker, beginWork);
ZEND_METHOD(Net_Gearman_Worker, waitQuietly);
ZEND_METHOD(Net_Gearman_Worker, deepSleep);
ZEND_METHOD(Net_Gearman_Worker, askForWork);
ZEND_METHOD(Net_Gearman_Worker, retryConnections);
ZEND_METHOD(Net_Gearman_Worker, doWork);
ZEND_METHOD(Net_Gearman_Worker, retryTime);
ZEND_METHOD(Net_Gearman_Worker, attachCallback);
ZEND_METHOD(Net_Gearman_Worker, endWork);
ZEND_METHOD(Net_Gearman_Worker, __destruct);
ZEND_METHOD(Net_Gearman_Worker, stopWork);
ZEND_METHOD(Net_Gearman_Worker, start);
ZEND_METHOD(Net_Gearman_Worker, complete);
ZEND_METHOD(Net_Gearman_Worker, fail);
ZEND_METHOD(Net_Gearman_Worker, status);
ZEND_METHOD(Net_Gearman_Worker, close);
ZEND_METHOD(Net_Gearman_Worker, setReportExceptions);
ZEND_METHOD(Net_Gearman_Worker, setPrefetch);
ZEND_METHOD(Net_Gearman_Server, __construct);
ZEND_METHOD(Net_Gearman_Server, fromCommandLine);
ZEND_METHOD(Net_Gearman_Server, usage);
ZEND_METHOD(Net_Gearman_Server, start);
ZEND_METHOD(Net_Gearman_Server, run);
ZEND_METHOD(Net_Gearman_Server, stop);
ZEND_METHOD(Net_Gearman_Server, isRunning);
ZEND_METHOD(Net_Gearman_Server, getPort);
ZEND_METHOD(Net_Gearman_Server, status);
ZEND_METHOD(Net_Gearman_Supervisor, __construct);
ZEND_METHOD(Net_Gearman_Supervisor, fromCommandLine);
ZEND_METHOD(Net_Gearman_Supervisor, usage);
ZEND_METHOD(Net_Gearman_Supervisor, getConfig);
ZEND_METHOD(Net_Gearman_Supervisor, plan);
ZEND_METHOD(Net_Gearman_Supervisor, run);
ZEND_METHOD(Net_Gearman_Supervisor, monitor);
ZEND_METHOD(Net_Gearman_Supervisor, onJobStart);
ZEND_METHOD(Net_Gearman_Supervisor, onJobComplete);
ZEND_METHOD(Net_Gearman_Supervisor, onJobFail);
ZEND_METHOD(Net_Gearman_Supervisor, onWorkerStatus);


static const zend_function_entry class_Net_Gearman_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Job_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Task_methods[] = {
	ZEND_ME(Net_Gearman_Task, __construct, arginfo_class_Net_Gearman_Task___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, attachCallback, arginfo_class_Net_Gearman_Task_attachCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, getCallbacks, arginfo_class_Net_Gearman_Task_getCallbacks, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, complete, arginfo_class_Net_Gearman_Task_complete, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, fail, arginfo_class_Net_Gearman_Task_fail, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, status, arginfo_class_Net_Gearman_Task_status, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, data, arginfo_class_Net_Gearman_Task_data, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, warning, arginfo_class_Net_Gearman_Task_warning, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Task, exception, arginfo_class_Net_Gearman_Task_exception, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Set_methods[] = {
	ZEND_ME(Net_Gearman_Set, __construct, arginfo_class_Net_Gearman_Set___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, addTask, arginfo_class_Net_Gearman_Set_addTask, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, getTask, arginfo_class_Net_Gearman_Set_getTask, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, finished, arginfo_class_Net_Gearman_Set_finished, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, attachCallback, arginfo_class_Net_Gearman_Set_attachCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, getIterator, arginfo_class_Net_Gearman_Set_getIterator, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Set, count, arginfo_class_Net_Gearman_Set_count, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Connection_methods[] = {
	ZEND_ME(Net_Gearman_Connection, __construct, arginfo_class_Net_Gearman_Connection___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, __destruct, arginfo_class_Net_Gearman_Connection___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, connect, arginfo_class_Net_Gearman_Connection_connect, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, addWaitingTask, arginfo_class_Net_Gearman_Connection_addWaitingTask, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, getWaitingTask, arginfo_class_Net_Gearman_Connection_getWaitingTask, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, send, arginfo_class_Net_Gearman_Connection_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, read, arginfo_class_Net_Gearman_Connection_read, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, blockingRead, arginfo_class_Net_Gearman_Connection_blockingRead, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, close, arginfo_class_Net_Gearman_Connection_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, isConnected, arginfo_class_Net_Gearman_Connection_isConnected, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Connection, calculateTimeout, arginfo_class_Net_Gearman_Connection_calculateTimeout, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Connection, stringLength, arginfo_class_Net_Gearman_Connection_stringLength, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Connection, subString, arginfo_class_Net_Gearman_Connection_subString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Connection, setServerVersion, arginfo_class_Net_Gearman_Connection_setServerVersion, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Connection, fixTimeout, arginfo_class_Net_Gearman_Connection_fixTimeout, ZEND_ACC_PROTECTED)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Client_methods[] = {
	ZEND_ME(Net_Gearman_Client, __construct, arginfo_class_Net_Gearman_Client___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, getInstance, arginfo_class_Net_Gearman_Client_getInstance, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Client, attachCallback, arginfo_class_Net_Gearman_Client_attachCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, __call, arginfo_class_Net_Gearman_Client___call, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, getConnection, arginfo_class_Net_Gearman_Client_getConnection, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Client, submitTask, arginfo_class_Net_Gearman_Client_submitTask, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Client, runSet, arginfo_class_Net_Gearman_Client_runSet, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, handleResponse, arginfo_class_Net_Gearman_Client_handleResponse, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Client, jobStatus, arginfo_class_Net_Gearman_Client_jobStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, disconnect, arginfo_class_Net_Gearman_Client_disconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Client, __destruct, arginfo_class_Net_Gearman_Client___destruct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Manager_methods[] = {
	ZEND_ME(Net_Gearman_Manager, __construct, arginfo_class_Net_Gearman_Manager___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, version, arginfo_class_Net_Gearman_Manager_version, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, shutdown, arginfo_class_Net_Gearman_Manager_shutdown, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, workers, arginfo_class_Net_Gearman_Manager_workers, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, parseWorkersResponse, arginfo_class_Net_Gearman_Manager_parseWorkersResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, setMaxQueueSize, arginfo_class_Net_Gearman_Manager_setMaxQueueSize, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, status, arginfo_class_Net_Gearman_Manager_status, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, getPid, arginfo_class_Net_Gearman_Manager_getPid, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, showJobs, arginfo_class_Net_Gearman_Manager_showJobs, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, showUniqueJobs, arginfo_class_Net_Gearman_Manager_showUniqueJobs, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, cancelJob, arginfo_class_Net_Gearman_Manager_cancelJob, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, createFunction, arginfo_class_Net_Gearman_Manager_createFunction, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, dropFunction, arginfo_class_Net_Gearman_Manager_dropFunction, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, priorityStatus, arginfo_class_Net_Gearman_Manager_priorityStatus, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, verbose, arginfo_class_Net_Gearman_Manager_verbose, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, sendCommand, arginfo_class_Net_Gearman_Manager_sendCommand, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Manager, recvCommand, arginfo_class_Net_Gearman_Manager_recvCommand, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Manager, checkForError, arginfo_class_Net_Gearman_Manager_checkForError, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Manager, disconnect, arginfo_class_Net_Gearman_Manager_disconnect, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Manager, __destruct, arginfo_class_Net_Gearman_Manager___destruct, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Job_methods[] = {
	ZEND_ME(Net_Gearman_Job, factory, arginfo_class_Net_Gearman_Job_factory, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Job_Common_methods[] = {
	ZEND_ME(Net_Gearman_Job_Common, __construct, arginfo_class_Net_Gearman_Job_Common___construct, ZEND_ACC_PUBLIC)
	ZEND_ABSTRACT_ME_WITH_FLAGS(Net_Gearman_Job_Common, run, arginfo_class_Net_Gearman_Job_Common_run, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ME(Net_Gearman_Job_Common, status, arginfo_class_Net_Gearman_Job_Common_status, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, complete, arginfo_class_Net_Gearman_Job_Common_complete, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, fail, arginfo_class_Net_Gearman_Job_Common_fail, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, sendData, arginfo_class_Net_Gearman_Job_Common_sendData, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, sendWarning, arginfo_class_Net_Gearman_Job_Common_sendWarning, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, sendException, arginfo_class_Net_Gearman_Job_Common_sendException, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Job_Common, getUniqueId, arginfo_class_Net_Gearman_Job_Common_getUniqueId, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Worker_methods[] = {
	ZEND_ME(Net_Gearman_Worker, __construct, arginfo_class_Net_Gearman_Worker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, connection_status, arginfo_class_Net_Gearman_Worker_connection_status, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, addAbility, arginfo_class_Net_Gearman_Worker_addAbility, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, addAbilities, arginfo_class_Net_Gearman_Worker_addAbilities, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, beginWork, arginfo_class_Net_Gearman_Worker_beginWork, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, waitQuietly, arginfo_class_Net_Gearman_Worker_waitQuietly, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, deepSleep, arginfo_class_Net_Gearman_Worker_deepSleep, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, askForWork, arginfo_class_Net_Gearman_Worker_askForWork, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, retryConnections, arginfo_class_Net_Gearman_Worker_retryConnections, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, doWork, arginfo_class_Net_Gearman_Worker_doWork, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, retryTime, arginfo_class_Net_Gearman_Worker_retryTime, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, attachCallback, arginfo_class_Net_Gearman_Worker_attachCallback, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, endWork, arginfo_class_Net_Gearman_Worker_endWork, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, __destruct, arginfo_class_Net_Gearman_Worker___destruct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, stopWork, arginfo_class_Net_Gearman_Worker_stopWork, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, start, arginfo_class_Net_Gearman_Worker_start, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, complete, arginfo_class_Net_Gearman_Worker_complete, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, fail, arginfo_class_Net_Gearman_Worker_fail, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, status, arginfo_class_Net_Gearman_Worker_status, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, close, arginfo_class_Net_Gearman_Worker_close, ZEND_ACC_PROTECTED)
	ZEND_ME(Net_Gearman_Worker, setReportExceptions, arginfo_class_Net_Gearman_Worker_setReportExceptions, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Worker, setPrefetch, arginfo_class_Net_Gearman_Worker_setPrefetch, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Server_methods[] = {
	ZEND_ME(Net_Gearman_Server, __construct, arginfo_class_Net_Gearman_Server___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, fromCommandLine, arginfo_class_Net_Gearman_Server_fromCommandLine, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Server, usage, arginfo_class_Net_Gearman_Server_usage, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Server, start, arginfo_class_Net_Gearman_Server_start, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, run, arginfo_class_Net_Gearman_Server_run, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, stop, arginfo_class_Net_Gearman_Server_stop, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, isRunning, arginfo_class_Net_Gearman_Server_isRunning, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, getPort, arginfo_class_Net_Gearman_Server_getPort, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Server, status, arginfo_class_Net_Gearman_Server_status, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Net_Gearman_Supervisor_methods[] = {
	ZEND_ME(Net_Gearman_Supervisor, __construct, arginfo_class_Net_Gearman_Supervisor___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, fromCommandLine, arginfo_class_Net_Gearman_Supervisor_fromCommandLine, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Supervisor, usage, arginfo_class_Net_Gearman_Supervisor_usage, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Net_Gearman_Supervisor, getConfig, arginfo_class_Net_Gearman_Supervisor_getConfig, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, plan, arginfo_class_Net_Gearman_Supervisor_plan, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, run, arginfo_class_Net_Gearman_Supervisor_run, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, monitor, arginfo_class_Net_Gearman_Supervisor_monitor, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, onJobStart, arginfo_class_Net_Gearman_Supervisor_onJobStart, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, onJobComplete, arginfo_class_Net_Gearman_Supervisor_onJobComplete, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, onJobFail, arginfo_class_Net_Gearman_Supervisor_onJobFail, ZEND_ACC_PUBLIC)
	ZEND_ME(Net_Gearman_Supervisor, onWorkerStatus, arginfo_class_Net_Gearman_Supervisor_onWorkerStatus, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Net_Gearman_Exception(zend_class_entry *class_entry_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Exception", class_Net_Gearman_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Job_Exception(zend_class_entry *class_entry_Net_Gearman_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Job_Exception", class_Net_Gearman_Job_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Net_Gearman_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Task(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Task", class_Net_Gearman_Task_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_JOB_NORMAL_value;
	ZVAL_LONG(&const_JOB_NORMAL_value, 1);
	zend_string *const_JOB_NORMAL_name = zend_string_init_interned("JOB_NORMAL", sizeof("JOB_NORMAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_NORMAL_name, &const_JOB_NORMAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_NORMAL_name);

	zval const_JOB_BACKGROUND_value;
	ZVAL_LONG(&const_JOB_BACKGROUND_value, 2);
	zend_string *const_JOB_BACKGROUND_name = zend_string_init_interned("JOB_BACKGROUND", sizeof("JOB_BACKGROUND") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_BACKGROUND_name, &const_JOB_BACKGROUND_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_BACKGROUND_name);

	zval const_JOB_HIGH_value;
	ZVAL_LONG(&const_JOB_HIGH_value, 3);
	zend_string *const_JOB_HIGH_name = zend_string_init_interned("JOB_HIGH", sizeof("JOB_HIGH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_HIGH_name, &const_JOB_HIGH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_HIGH_name);

	zval const_JOB_HIGH_BACKGROUND_value;
	ZVAL_LONG(&const_JOB_HIGH_BACKGROUND_value, 4);
	zend_string *const_JOB_HIGH_BACKGROUND_name = zend_string_init_interned("JOB_HIGH_BACKGROUND", sizeof("JOB_HIGH_BACKGROUND") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_HIGH_BACKGROUND_name, &const_JOB_HIGH_BACKGROUND_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_HIGH_BACKGROUND_name);

	zval const_JOB_LOW_value;
	ZVAL_LONG(&const_JOB_LOW_value, 5);
	zend_string *const_JOB_LOW_name = zend_string_init_interned("JOB_LOW", sizeof("JOB_LOW") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_LOW_name, &const_JOB_LOW_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_LOW_name);

	zval const_JOB_LOW_BACKGROUND_value;
	ZVAL_LONG(&const_JOB_LOW_BACKGROUND_value, 6);
	zend_string *const_JOB_LOW_BACKGROUND_name = zend_string_init_interned("JOB_LOW_BACKGROUND", sizeof("JOB_LOW_BACKGROUND") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_LOW_BACKGROUND_name, &const_JOB_LOW_BACKGROUND_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_LOW_BACKGROUND_name);

	zval const_TASK_COMPLETE_value;
	ZVAL_LONG(&const_TASK_COMPLETE_value, 1);
	zend_string *const_TASK_COMPLETE_name = zend_string_init_interned("TASK_COMPLETE", sizeof("TASK_COMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_COMPLETE_name, &const_TASK_COMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_COMPLETE_name);

	zval const_TASK_FAIL_value;
	ZVAL_LONG(&const_TASK_FAIL_value, 2);
	zend_string *const_TASK_FAIL_name = zend_string_init_interned("TASK_FAIL", sizeof("TASK_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_FAIL_name, &const_TASK_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_FAIL_name);

	zval const_TASK_STATUS_value;
	ZVAL_LONG(&const_TASK_STATUS_value, 3);
	zend_string *const_TASK_STATUS_name = zend_string_init_interned("TASK_STATUS", sizeof("TASK_STATUS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_STATUS_name, &const_TASK_STATUS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_STATUS_name);

	zval const_TASK_DATA_value;
	ZVAL_LONG(&const_TASK_DATA_value, 4);
	zend_string *const_TASK_DATA_name = zend_string_init_interned("TASK_DATA", sizeof("TASK_DATA") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_DATA_name, &const_TASK_DATA_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_DATA_name);

	zval const_TASK_WARNING_value;
	ZVAL_LONG(&const_TASK_WARNING_value, 5);
	zend_string *const_TASK_WARNING_name = zend_string_init_interned("TASK_WARNING", sizeof("TASK_WARNING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_WARNING_name, &const_TASK_WARNING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_WARNING_name);

	zval const_TASK_EXCEPTION_value;
	ZVAL_LONG(&const_TASK_EXCEPTION_value, 6);
	zend_string *const_TASK_EXCEPTION_name = zend_string_init_interned("TASK_EXCEPTION", sizeof("TASK_EXCEPTION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TASK_EXCEPTION_name, &const_TASK_EXCEPTION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TASK_EXCEPTION_name);

	zval property_func_default_value;
	ZVAL_EMPTY_STRING(&property_func_default_value);
	zend_string *property_func_name = zend_string_init("func", sizeof("func") - 1, 1);
	zend_declare_property_ex(class_entry, property_func_name, &property_func_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_func_name);

	zval property_arg_default_value;
	ZVAL_EMPTY_ARRAY(&property_arg_default_value);
	zend_string *property_arg_name = zend_string_init("arg", sizeof("arg") - 1, 1);
	zend_declare_property_ex(class_entry, property_arg_name, &property_arg_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_arg_name);

	zval property_type_default_value;
	ZVAL_LONG(&property_type_default_value, 1);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_property_ex(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_type_name);

	zval property_handle_default_value;
	ZVAL_EMPTY_STRING(&property_handle_default_value);
	zend_string *property_handle_name = zend_string_init("handle", sizeof("handle") - 1, 1);
	zend_declare_property_ex(class_entry, property_handle_name, &property_handle_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_handle_name);

	zval property_servers_default_value;
	ZVAL_EMPTY_ARRAY(&property_servers_default_value);
	zend_string *property_servers_name = zend_string_init("servers", sizeof("servers") - 1, 1);
	zend_declare_property_ex(class_entry, property_servers_name, &property_servers_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_servers_name);

	zval property_server_default_value;
	ZVAL_EMPTY_STRING(&property_server_default_value);
	zend_string *property_server_name = zend_string_init("server", sizeof("server") - 1, 1);
	zend_declare_property_ex(class_entry, property_server_name, &property_server_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_server_name);

	zval property_uniq_default_value;
	ZVAL_EMPTY_STRING(&property_uniq_default_value);
	zend_string *property_uniq_name = zend_string_init("uniq", sizeof("uniq") - 1, 1);
	zend_declare_property_ex(class_entry, property_uniq_name, &property_uniq_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_uniq_name);

	zval property_finished_default_value;
	ZVAL_FALSE(&property_finished_default_value);
	zend_string *property_finished_name = zend_string_init("finished", sizeof("finished") - 1, 1);
	zend_declare_property_ex(class_entry, property_finished_name, &property_finished_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_finished_name);

	zval property_result_default_value;
	ZVAL_EMPTY_STRING(&property_result_default_value);
	zend_string *property_result_name = zend_string_init("result", sizeof("result") - 1, 1);
	zend_declare_property_ex(class_entry, property_result_name, &property_result_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_result_name);

	zval property_callback_default_value;
	ZVAL_NULL(&property_callback_default_value);
	zend_string *property_callback_name = zend_string_init("callback", sizeof("callback") - 1, 1);
	zend_declare_property_ex(class_entry, property_callback_name, &property_callback_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_callback_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Set(zend_class_entry *class_entry_IteratorAggregate, zend_class_entry *class_entry_Countable)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Set", class_Net_Gearman_Set_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	zend_class_implements(class_entry, 2, class_entry_IteratorAggregate, class_entry_Countable);

	zval property_tasksCount_default_value;
	ZVAL_LONG(&property_tasksCount_default_value, 0);
	zend_string *property_tasksCount_name = zend_string_init("tasksCount", sizeof("tasksCount") - 1, 1);
	zend_declare_property_ex(class_entry, property_tasksCount_name, &property_tasksCount_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_tasksCount_name);

	zval property_tasks_default_value;
	ZVAL_EMPTY_ARRAY(&property_tasks_default_value);
	zend_string *property_tasks_name = zend_string_init("tasks", sizeof("tasks") - 1, 1);
	zend_declare_property_ex(class_entry, property_tasks_name, &property_tasks_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_tasks_name);

	zval property_handles_default_value;
	ZVAL_EMPTY_ARRAY(&property_handles_default_value);
	zend_string *property_handles_name = zend_string_init("handles", sizeof("handles") - 1, 1);
	zend_declare_property_ex(class_entry, property_handles_name, &property_handles_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_handles_name);

	zval property_callback_default_value;
	ZVAL_NULL(&property_callback_default_value);
	zend_string *property_callback_name = zend_string_init("callback", sizeof("callback") - 1, 1);
	zend_declare_property_ex(class_entry, property_callback_name, &property_callback_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_callback_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Connection(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Connection", class_Net_Gearman_Connection_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_commands_default_value;
	ZVAL_NULL(&property_commands_default_value);
	zend_string *property_commands_name = zend_string_init("commands", sizeof("commands") - 1, 1);
	zend_declare_property_ex(class_entry, property_commands_name, &property_commands_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_commands_name);

	zval property_magic_default_value;
	ZVAL_EMPTY_ARRAY(&property_magic_default_value);
	zend_string *property_magic_name = zend_string_init("magic", sizeof("magic") - 1, 1);
	zend_declare_property_ex(class_entry, property_magic_name, &property_magic_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_magic_name);

	zval property_waiting_default_value;
	ZVAL_EMPTY_ARRAY(&property_waiting_default_value);
	zend_string *property_waiting_name = zend_string_init("waiting", sizeof("waiting") - 1, 1);
	zend_declare_property_ex(class_entry, property_waiting_name, &property_waiting_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_waiting_name);

	zval property_multiByteSupport_default_value;
	ZVAL_NULL(&property_multiByteSupport_default_value);
	zend_string *property_multiByteSupport_name = zend_string_init("multiByteSupport", sizeof("multiByteSupport") - 1, 1);
	zend_declare_property_ex(class_entry, property_multiByteSupport_name, &property_multiByteSupport_default_value, ZEND_ACC_PROTECTED|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_multiByteSupport_name);

	zval property_socket_default_value;
	ZVAL_NULL(&property_socket_default_value);
	zend_string *property_socket_name = zend_string_init("socket", sizeof("socket") - 1, 1);
	zend_declare_property_ex(class_entry, property_socket_name, &property_socket_default_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(property_socket_name);

	zval property_serverVersion_default_value;
	ZVAL_NULL(&property_serverVersion_default_value);
	zend_string *property_serverVersion_name = zend_string_init("serverVersion", sizeof("serverVersion") - 1, 1);
	zend_declare_property_ex(class_entry, property_serverVersion_name, &property_serverVersion_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_serverVersion_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Client(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Client", class_Net_Gearman_Client_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_conn_default_value;
	ZVAL_EMPTY_ARRAY(&property_conn_default_value);
	zend_string *property_conn_name = zend_string_init("conn", sizeof("conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_conn_name, &property_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_conn_name);

	zval property_servers_default_value;
	ZVAL_EMPTY_ARRAY(&property_servers_default_value);
	zend_string *property_servers_name = zend_string_init("servers", sizeof("servers") - 1, 1);
	zend_declare_property_ex(class_entry, property_servers_name, &property_servers_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_servers_name);

	zval property_timeout_default_value;
	ZVAL_LONG(&property_timeout_default_value, 1000);
	zend_string *property_timeout_name = zend_string_init("timeout", sizeof("timeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_timeout_name, &property_timeout_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_timeout_name);

	zval property_callback_default_value;
	ZVAL_EMPTY_ARRAY(&property_callback_default_value);
	zend_string *property_callback_name = zend_string_init("callback", sizeof("callback") - 1, 1);
	zend_declare_property_ex(class_entry, property_callback_name, &property_callback_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_callback_name);

	zval property_instances_default_value;
	ZVAL_EMPTY_ARRAY(&property_instances_default_value);
	zend_string *property_instances_name = zend_string_init("instances", sizeof("instances") - 1, 1);
	zend_declare_property_ex(class_entry, property_instances_name, &property_instances_default_value, ZEND_ACC_PRIVATE|ZEND_ACC_STATIC, NULL);
	zend_string_release(property_instances_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Manager(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Manager", class_Net_Gearman_Manager_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval property_conn_default_value;
	ZVAL_NULL(&property_conn_default_value);
	zend_string *property_conn_name = zend_string_init("conn", sizeof("conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_conn_name, &property_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_conn_name);

	zval property_shutdown_default_value;
	ZVAL_FALSE(&property_shutdown_default_value);
	zend_string *property_shutdown_name = zend_string_init("shutdown", sizeof("shutdown") - 1, 1);
	zend_declare_property_ex(class_entry, property_shutdown_name, &property_shutdown_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_shutdown_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Job(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Job", class_Net_Gearman_Job_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Job_Common(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Job_Common", class_Net_Gearman_Job_Common_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_ABSTRACT;

	zval property_handle_default_value;
	ZVAL_EMPTY_STRING(&property_handle_default_value);
	zend_string *property_handle_name = zend_string_init("handle", sizeof("handle") - 1, 1);
	zend_declare_property_ex(class_entry, property_handle_name, &property_handle_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_handle_name);

	zval property_conn_default_value;
	ZVAL_NULL(&property_conn_default_value);
	zend_string *property_conn_name = zend_string_init("conn", sizeof("conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_conn_name, &property_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_conn_name);

	zval property_initParams_default_value;
	ZVAL_EMPTY_ARRAY(&property_initParams_default_value);
	zend_string *property_initParams_name = zend_string_init("initParams", sizeof("initParams") - 1, 1);
	zend_declare_property_ex(class_entry, property_initParams_name, &property_initParams_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_initParams_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Worker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Worker", class_Net_Gearman_Worker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;

	zval const_JOB_START_value;
	ZVAL_LONG(&const_JOB_START_value, 1);
	zend_string *const_JOB_START_name = zend_string_init_interned("JOB_START", sizeof("JOB_START") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_START_name, &const_JOB_START_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_START_name);

	zval const_JOB_COMPLETE_value;
	ZVAL_LONG(&const_JOB_COMPLETE_value, 2);
	zend_string *const_JOB_COMPLETE_name = zend_string_init_interned("JOB_COMPLETE", sizeof("JOB_COMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_COMPLETE_name, &const_JOB_COMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_COMPLETE_name);

	zval const_JOB_FAIL_value;
	ZVAL_LONG(&const_JOB_FAIL_value, 3);
	zend_string *const_JOB_FAIL_name = zend_string_init_interned("JOB_FAIL", sizeof("JOB_FAIL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JOB_FAIL_name, &const_JOB_FAIL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JOB_FAIL_name);

	zval const_WORKER_STATUS_value;
	ZVAL_LONG(&const_WORKER_STATUS_value, 4);
	zend_string *const_WORKER_STATUS_name = zend_string_init_interned("WORKER_STATUS", sizeof("WORKER_STATUS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_WORKER_STATUS_name, &const_WORKER_STATUS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_WORKER_STATUS_name);

	zval property_conn_default_value;
	ZVAL_EMPTY_ARRAY(&property_conn_default_value);
	zend_string *property_conn_name = zend_string_init("conn", sizeof("conn") - 1, 1);
	zend_declare_property_ex(class_entry, property_conn_name, &property_conn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_conn_name);

	zval property_retryConn_default_value;
	ZVAL_EMPTY_ARRAY(&property_retryConn_default_value);
	zend_string *property_retryConn_name = zend_string_init("retryConn", sizeof("retryConn") - 1, 1);
	zend_declare_property_ex(class_entry, property_retryConn_name, &property_retryConn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_retryConn_name);

	zval property_failedConn_default_value;
	ZVAL_EMPTY_ARRAY(&property_failedConn_default_value);
	zend_string *property_failedConn_name = zend_string_init("failedConn", sizeof("failedConn") - 1, 1);
	zend_declare_property_ex(class_entry, property_failedConn_name, &property_failedConn_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_failedConn_name);

	zval property_stats_default_value;
	ZVAL_EMPTY_ARRAY(&property_stats_default_value);
	zend_string *property_stats_name = zend_string_init("stats", sizeof("stats") - 1, 1);
	zend_declare_property_ex(class_entry, property_stats_name, &property_stats_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_stats_name);

	zval property_abilities_default_value;
	ZVAL_EMPTY_ARRAY(&property_abilities_default_value);
	zend_string *property_abilities_name = zend_string_init("abilities", sizeof("abilities") - 1, 1);
	zend_declare_property_ex(class_entry, property_abilities_name, &property_abilities_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_abilities_name);

	zval property_initParams_default_value;
	ZVAL_EMPTY_ARRAY(&property_initParams_default_value);
	zend_string *property_initParams_name = zend_string_init("initParams", sizeof("initParams") - 1, 1);
	zend_declare_property_ex(class_entry, property_initParams_name, &property_initParams_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_initParams_name);

	zval property_retryTime_default_value;
	ZVAL_LONG(&property_retryTime_default_value, 3);
	zend_string *property_retryTime_name = zend_string_init("retryTime", sizeof("retryTime") - 1, 1);
	zend_declare_property_ex(class_entry, property_retryTime_name, &property_retryTime_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_retryTime_name);

	zval property_maxRetryTime_default_value;
	ZVAL_LONG(&property_maxRetryTime_default_value, 60);
	zend_string *property_maxRetryTime_name = zend_string_init("maxRetryTime", sizeof("maxRetryTime") - 1, 1);
	zend_declare_property_ex(class_entry, property_maxRetryTime_name, &property_maxRetryTime_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_maxRetryTime_name);

	zval property_minCurrentRetryTime_default_value;
	ZVAL_NULL(&property_minCurrentRetryTime_default_value);
	zend_string *property_minCurrentRetryTime_name = zend_string_init("minCurrentRetryTime", sizeof("minCurrentRetryTime") - 1, 1);
	zend_declare_property_ex(class_entry, property_minCurrentRetryTime_name, &property_minCurrentRetryTime_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_minCurrentRetryTime_name);

	zval property_sleepTime_default_value;
	ZVAL_LONG(&property_sleepTime_default_value, 30);
	zend_string *property_sleepTime_name = zend_string_init("sleepTime", sizeof("sleepTime") - 1, 1);
	zend_declare_property_ex(class_entry, property_sleepTime_name, &property_sleepTime_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_sleepTime_name);

	zval property_callback_default_value;
	ZVAL_NULL(&property_callback_default_value);
	zend_string *property_callback_name = zend_string_init("callback", sizeof("callback") - 1, 1);
	zend_declare_property_ex(class_entry, property_callback_name, &property_callback_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_callback_name);

	zval property_id_default_value;
	ZVAL_EMPTY_STRING(&property_id_default_value);
	zend_string *property_id_name = zend_string_init("id", sizeof("id") - 1, 1);
	zend_declare_property_ex(class_entry, property_id_name, &property_id_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_id_name);

	zval property_socket_timeout_default_value;
	ZVAL_LONG(&property_socket_timeout_default_value, 250);
	zend_string *property_socket_timeout_name = zend_string_init("socket_timeout", sizeof("socket_timeout") - 1, 1);
	zend_declare_property_ex(class_entry, property_socket_timeout_name, &property_socket_timeout_default_value, ZEND_ACC_PROTECTED, NULL);
	zend_string_release(property_socket_timeout_name);

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Server(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Server", class_Net_Gearman_Server_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_Net_Gearman_Supervisor(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "Net_Gearman_Supervisor", class_Net_Gearman_Supervisor_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
