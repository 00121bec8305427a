package io.kube4j.client.internal.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.kube4j.api.codec.CodecRegistry;
import io.kube4j.api.codec.ObjectCodec;
import java.time.Instant;

/**
 * kube4j's Jackson module: generated models (and CRD models from the same generator) go through their
 * streaming codecs, found by naming convention; {@link Instant} is read and written in Kubernetes' formats.
 */
public final class KubeJacksonModule extends Module {
    @Override
    public String getModuleName() {
        return "kube4j";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                    BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (raw == Instant.class) {
                    return InstantDeserializer.DEFAULT;
                }
                ObjectCodec<?> codec = CodecRegistry.find(raw);
                return codec == null ? null : new CodecDeserializer<>(codec);
            }
        });
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                    BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                if (raw == Instant.class) {
                    return InstantSerializer.DEFAULT;
                }
                ObjectCodec<?> codec = CodecRegistry.find(raw);
                return codec == null ? null : new CodecSerializer<>(codec);
            }
        });
    }
}
