package io.kube4j.api.testmodel;

/** A stand-in for a CRD model generated elsewhere: found by Json's codec lookup by naming convention. */
public final class Widget {
    private final String name;

    public Widget(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
