package org.gridsteward.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class IndexKeyOrderTest {
    @Test
    void ordersIndexKeysExactlyAsH2Does() {
        Random random = new Random(7);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(switch (i % 5) {
                case 0 -> new KeyValue("report-" + random.nextInt(10_000) + "#" + random.nextInt(20));
                case 1 -> new KeyValue((long) random.nextInt(1_000_000));
                case 2 -> new KeyValue(random.nextDouble());
                case 3 -> new KeyValue("g-" + random.nextInt(50), (long) random.nextInt(100));
                default -> new KeyValue((Object) null);
            });
        }
        keys.add("a plain string");
        keys.add(42L);
        ObjectDataType h2 = new ObjectDataType();
        IndexKeyOrder fast = new IndexKeyOrder(new IndexKeyOrder.Kept());

        for (Object a : keys) {
            for (Object b : keys) {
                assertThat(Integer.signum(fast.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }
}
