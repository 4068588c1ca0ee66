/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 366c2436a886e1646c5a7fff81eb9f403b3db72b */

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
