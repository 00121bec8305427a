/**
 * Runtime of the generated streaming JSON codecs ({@code <model package>.codec.<Name>Codec}): readers and
 * writers for scalars, collections and free-form JSON, Kubernetes timestamps, and {@link
 * io.kube4j.api.codec.CodecException} with the JSON path of bad input. Used by generated code and by
 * {@code io.kube4j.client.Json}; applications normally go through {@code Json}.
 */
package io.kube4j.api.codec;
