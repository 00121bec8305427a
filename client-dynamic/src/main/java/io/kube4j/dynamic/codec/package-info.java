/** Streaming JSON codecs of {@code Unstructured} and {@code UnstructuredList}, found by kube4j's mapper. */
package io.kube4j.dynamic.codec;
