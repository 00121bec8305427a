package io.kube4j.api.testmodel.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.kube4j.api.codec.Codecs;
import io.kube4j.api.codec.ObjectCodec;
import io.kube4j.api.testmodel.Widget;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Codec for {@link Widget}; counts its uses so tests can see that Json picked it. */
public final class WidgetCodec implements ObjectCodec<Widget> {
    public static final WidgetCodec INSTANCE = new WidgetCodec();
    public static final AtomicInteger USES = new AtomicInteger();

    private WidgetCodec() {
    }

    @Override
    public Class<Widget> type() {
        return Widget.class;
    }

    @Override
    public Widget read(JsonParser p) throws IOException {
        USES.incrementAndGet();
        String name = null;
        for (String f = Codecs.firstField(p); f != null; f = p.nextFieldName()) {
            p.nextToken();
            if (f.equals("widgetName")) {
                name = Codecs.readString(p);
            } else {
                p.skipChildren();
            }
        }
        return new Widget(name);
    }

    @Override
    public void write(Widget value, JsonGenerator g) throws IOException {
        USES.incrementAndGet();
        g.writeStartObject();
        g.writeStringField("widgetName", value.name());
        g.writeEndObject();
    }
}
