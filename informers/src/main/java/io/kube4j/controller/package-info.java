/**
 * The controller runner: a {@link io.kube4j.controller.Controller} turns informer events on a primary
 * resource, the resources it owns and any mapped secondary resource into keys on a rate-limited work queue,
 * and runs a {@link io.kube4j.controller.Reconciler} on N workers. The runner does the queue bookkeeping
 * (done, forget, rate-limited retries) that client-go leaves to each controller.
 */
package io.kube4j.controller;
