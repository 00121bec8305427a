/**
 * Leader election on a coordination.k8s.io/v1 Lease, with client-go's semantics:
 * {@link io.kube4j.leaderelection.LeaderElector} configured by a
 * {@link io.kube4j.leaderelection.LeaderElectionConfig}; the leader's work receives a
 * {@link io.kube4j.leaderelection.Leadership} that says when its term ends.
 */
package io.kube4j.leaderelection;
