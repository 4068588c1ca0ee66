<?php
/**
 * The five "web services" an Update for one customer needs, simulated
 * locally: each call sleeps for a latency of 50-200 ms derived from crc32
 * of customer+service (deterministic, so both approaches wait exactly as
 * long) and answers with a deterministic payload. Used in-process by the
 * sequential approach and by the Fetch job class.
 */
const FARM_SERVICES = ['crm', 'billing', 'shipping', 'reviews', 'recommendations'];

function farm_latency_ms(string $customer, string $service): int
{
    return 50 + crc32("$customer/$service") % 151;
}

function farm_call(string $customer, string $service): array
{
    $ms = farm_latency_ms($customer, $service);
    usleep($ms * 1000);  // the network round trip and the remote work
    return ['service' => $service, 'value' => crc32("$service:$customer") % 1000, 'ms' => $ms];
}

/** The processing step: combine the five answers into the customer's record. */
function farm_process(string $customer, array $answers): array
{
    usort($answers, fn($a, $b) => strcmp($a['service'], $b['service']));
    return [
        'customer' => $customer,
        'score' => array_sum(array_column($answers, 'value')),
        'digest' => md5(json_encode(array_column($answers, 'value', 'service'))),
    ];
}
