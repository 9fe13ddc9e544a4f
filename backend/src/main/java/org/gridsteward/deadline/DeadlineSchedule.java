package org.gridsteward.deadline;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.gridsteward.events.report.ReportEvent;
import org.gridsteward.events.report.ReportSubmitted;
import org.gridsteward.report.CityDirectory;
import org.gridsteward.store.EventJson;

/**
 * The tracker's durable state in MongoDB, derived from the event log alone and dropped on a replay.
 *
 * <ul>
 *   <li>{@code deadline_watches}: one document per open report ({@code _id} = report id) with its folded
 *       {@link DeadlineWatch}, the sequence number of the last event folded (so a redelivered event is ignored)
 *       and its pending {@link Trigger}s.
 *   <li>{@code deadline_slots}: one document per minute ({@code _id} = the minute) naming the reports with a
 *       trigger in it, and a version that changes whenever a report is added.
 *   <li>{@code deadline_sweep}: the minute from which slots still need sweeping, and a version that changes
 *       whenever a slot is added.
 * </ul>
 *
 * Every read and write is a point look-up on {@code _id}; the embedded server answers nothing else from an index.
 */
public final class DeadlineSchedule {
    static final String WATCHES = "deadline_watches";
    static final String SLOTS = "deadline_slots";
    static final String SWEEP = "deadline_sweep";
    private static final String CURSOR = "cursor";
    private static final TypeReference<List<Trigger>> TRIGGERS = new TypeReference<>() {};

    private final MongoCollection<Document> watches;
    private final MongoCollection<Document> slots;
    private final MongoCollection<Document> sweep;
    private final ObjectMapper json = EventJson.objectMapper();
    private final DeadlineSettings settings;
    private final BusinessCalendar calendar;
    private final CityDirectory city;

    public DeadlineSchedule(
            MongoDatabase database, DeadlineSettings settings, BusinessCalendar calendar, CityDirectory city) {
        this.watches = database.getCollection(WATCHES);
        this.slots = database.getCollection(SLOTS);
        this.sweep = database.getCollection(SWEEP);
        this.settings = settings;
        this.calendar = calendar;
        this.city = city;
    }

    /** A report's pending triggers, as the sweeper reads them. */
    public record Watched(String reportId, List<Trigger> triggers) {}

    /** Where sweeping stands: the first minute not yet swept clean and the version it was read at. */
    public record Cursor(Instant through, long version) {}

    /** An event and its sequence number in its report's stream. */
    public record Folded(ReportEvent event, long sequence) {}

    /** Folds one event; see {@link #recordAll}. */
    public void record(ReportEvent e, long sequence) {
        recordAll(List.of(new Folded(e, sequence)));
    }

    /**
     * Folds a batch of events, in log order, into their reports' watches: one read of the watches involved, one
     * bulk write of them, then one of the slots their new triggers fall in. The watches are written before their
     * slots, so a sweep that finds a slot without the trigger in the watch has read the slot first, and its
     * clean-up loses the race to the slot's new version. An event at or below a watch's stored sequence number
     * was folded before (a redelivery after a crash) and is skipped.
     */
    public void recordAll(List<Folded> batch) {
        Set<String> ids = new HashSet<>();
        batch.forEach(f -> ids.add(f.event().reportId()));
        Map<String, Document> stored = new HashMap<>();
        for (Document d : watches.find(in("_id", List.copyOf(ids)))) {
            stored.put(d.getString("_id"), d);
        }
        Map<String, DeadlineWatch> folded = new LinkedHashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        Set<String> gone = new HashSet<>();
        for (Folded f : batch) {
            String id = f.event().reportId();
            DeadlineWatch watch = folded.get(id);
            long seen = sequences.getOrDefault(id, stored.containsKey(id) ? stored.get(id).getLong("seq") : -1L);
            if (f.sequence() <= seen) {
                continue;
            }
            if (watch == null && stored.containsKey(id) && !gone.contains(id)) {
                watch = readWatch(stored.get(id));
            }
            if (watch != null) {
                watch = watch.apply(f.event());
            } else if (f.event() instanceof ReportSubmitted submitted) {
                watch = DeadlineWatch.start(submitted);
            } else {
                // The report finished earlier; nothing that follows can open a deadline again.
                continue;
            }
            sequences.put(id, f.sequence());
            if (watch.finished()) {
                folded.remove(id);
                gone.add(id);
            } else {
                folded.put(id, watch);
                gone.remove(id);
            }
        }

        List<WriteModel<Document>> watchWrites = new ArrayList<>();
        Map<Instant, Set<String>> newSlots = new TreeMap<>();
        for (String id : gone) {
            if (!folded.containsKey(id)) {
                watchWrites.add(new DeleteOneModel<>(eq("_id", id)));
            }
        }
        for (Map.Entry<String, DeadlineWatch> entry : folded.entrySet()) {
            String id = entry.getKey();
            List<Trigger> pending = entry.getValue().pending(settings, calendar, city);
            watchWrites.add(new ReplaceOneModel<>(eq("_id", id), new Document("_id", id)
                    .append("seq", sequences.get(id))
                    .append("watch", write(entry.getValue()))
                    .append("triggers", write(pending)),
                    new ReplaceOptions().upsert(true)));
            Set<String> known = new HashSet<>();
            if (stored.containsKey(id)) {
                readTriggers(stored.get(id)).forEach(t -> known.add(t.key(id)));
            }
            for (Trigger t : pending) {
                if (!known.contains(t.key(id))) {
                    newSlots.computeIfAbsent(minute(t.at()), m -> new HashSet<>()).add(id);
                }
            }
        }
        if (watchWrites.isEmpty()) {
            return;
        }
        watches.bulkWrite(watchWrites, new BulkWriteOptions().ordered(false));
        if (newSlots.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> slotWrites = new ArrayList<>();
        newSlots.forEach((m, reports) -> slotWrites.add(new UpdateOneModel<>(eq("_id", Date.from(m)),
                Updates.combine(Updates.addEachToSet("reports", List.copyOf(reports)), Updates.inc("version", 1L)),
                new UpdateOptions().upsert(true))));
        slots.bulkWrite(slotWrites, new BulkWriteOptions().ordered(false));
        Instant earliest = newSlots.keySet().iterator().next();
        sweep.updateOne(eq("_id", CURSOR),
                Updates.combine(Updates.min("through", Date.from(earliest)), Updates.inc("version", 1L)),
                new UpdateOptions().upsert(true));
    }

    /** Drops everything, for a replay of the log. */
    public void clear() {
        watches.drop();
        slots.drop();
        sweep.drop();
    }

    public Cursor cursor() {
        Document doc = sweep.find(eq("_id", CURSOR)).first();
        return doc == null || doc.getDate("through") == null
                ? null
                : new Cursor(doc.getDate("through").toInstant(), doc.getLong("version"));
    }

    /** Moves the cursor, unless a slot was added since {@code read}; then the next sweep starts where this one did. */
    public boolean advance(Cursor read, Instant through) {
        return sweep.updateOne(and(eq("_id", CURSOR), eq("version", read.version())),
                        Updates.set("through", Date.from(through)))
                .getModifiedCount() == 1;
    }

    /** The slots of these minutes that exist: minute → (reports, version). */
    public Map<Instant, Slot> slots(Collection<Instant> minutes) {
        Map<Instant, Slot> found = new HashMap<>();
        List<Date> keys = minutes.stream().map(Date::from).toList();
        for (Document d : slots.find(in("_id", keys))) {
            found.put(d.getDate("_id").toInstant(), new Slot(d.getList("reports", String.class), d.getLong("version")));
        }
        return found;
    }

    public record Slot(List<String> reports, long version) {}

    /** Deletes a swept slot unless a report was added to it since it was read. */
    public void dropSlot(Instant minute, Slot read) {
        slots.deleteOne(and(eq("_id", Date.from(minute)), eq("version", read.version())));
    }

    public List<Watched> watched(Collection<String> reportIds) {
        List<Watched> found = new ArrayList<>();
        // Only the triggers: the sweep runs several times a second and has no use for the folded state.
        for (Document d : watches.find(in("_id", List.copyOf(reportIds))).projection(Projections.include("triggers"))) {
            found.add(new Watched(d.getString("_id"), readTriggers(d)));
        }
        return found;
    }

    /** How many reports are being watched; a full count, for the benchmark and health, not for a hot path. */
    public long size() {
        return watches.countDocuments();
    }

    public static Instant minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    private DeadlineWatch readWatch(Document doc) {
        try {
            return json.readValue(doc.getString("watch"), DeadlineWatch.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable deadline watch of report " + doc.get("_id"), ex);
        }
    }

    private List<Trigger> readTriggers(Document doc) {
        try {
            return json.readValue(doc.getString("triggers"), TRIGGERS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable deadline triggers of report " + doc.get("_id"), ex);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
