/**
 * Operations: health probes, Prometheus metrics and the request's ids in the logs
 * (docs/decisions/0030-operations-health-metrics-logs.md). It watches the features from outside (timers around their
 * services, counts of Vaadin UIs); no feature depends on it.
 */
package vn.petitionboard.operations;
