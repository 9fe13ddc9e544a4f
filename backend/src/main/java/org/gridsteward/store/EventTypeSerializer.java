package org.gridsteward.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.gridsteward.events.EventType;

/**
 * Jackson serialisation that stores events under their {@link EventType} name and revision instead of
 * their Java class name, so classes can be renamed or moved without rewriting the log.
 */
public final class EventTypeSerializer extends JacksonSerializer {
    private final Map<Class<?>, SerializedType> typeByClass = new HashMap<>();
    private final Map<String, String> classNameByType = new HashMap<>();

    public EventTypeSerializer(ObjectMapper objectMapper, Collection<Class<?>> eventClasses) {
        super(JacksonSerializer.builder().objectMapper(objectMapper));
        for (Class<?> eventClass : eventClasses) {
            EventType annotation = eventClass.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
            }
            String previous = classNameByType.put(annotation.name(), eventClass.getName());
            if (previous != null) {
                throw new IllegalArgumentException(
                        "event type " + annotation.name() + " is claimed by " + previous + " and " + eventClass.getName());
            }
            typeByClass.put(eventClass, new SimpleSerializedType(annotation.name(), String.valueOf(annotation.revision())));
        }
    }

    @Override
    public SerializedType typeForClass(Class type) {
        SerializedType stable = typeByClass.get(type);
        return stable != null ? stable : super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return classNameByType.getOrDefault(serializedType.getName(), serializedType.getName());
    }
}
