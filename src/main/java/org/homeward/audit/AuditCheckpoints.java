package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.homeward.kernel.NativeQueries;
import org.jboss.logging.Logger;

/**
 * Signed checkpoints of the audit chain (V20): the last seal's position and hash, signed (HMAC-SHA256)
 * with {@code HOMEWARD_AUDIT_SIGNING_KEY}, which the database never sees, and written to the log as
 * well, where a copy is kept apart from the database. A chain rewritten from some event to its end,
 * hashes and all, still contradicts the checkpoints signed before.
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class);

    /** One checkpoint as stored. */
    public record Checkpoint(long id, long position, String hash, Instant signedAt, String signature) {
    }

    @Inject
    EntityManager em;

    private final SecretKeySpec key;

    AuditCheckpoints(@ConfigProperty(name = "homeward.audit.signing-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Signs the chain as it is sealed now; nothing when nothing was sealed since the last checkpoint. */
    @Transactional
    public void write() {
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("""
                select s.position, s.hash from audit_seal s
                 where s.position > coalesce((select max(c.position) from audit_checkpoint c), 0)
                 order by s.position desc limit 1""").getResultList();
        if (last.isEmpty()) {
            return;
        }
        long position = ((Number) last.get(0)[0]).longValue();
        String hash = (String) last.get(0)[1];
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String signature = sign(position, hash, at);
        em.createNativeQuery("insert into audit_checkpoint (position, hash, signed_at, signature) values (?1, ?2, ?3, ?4)")
                .setParameter(1, position).setParameter(2, hash).setParameter(3, at).setParameter(4, signature)
                .executeUpdate();
        LOG.infof("Audit checkpoint: position %d, hash %s, signed at %s, signature %s", position, hash, at, signature);
    }

    /** Newest first. */
    public List<Checkpoint> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select id, position, hash, signed_at, signature from audit_checkpoint order by id desc").getResultList();
        return rows.stream().map(row -> new Checkpoint(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                (String) row[2], NativeQueries.instant(row[3]), (String) row[4])).toList();
    }

    /**
     * The event of the first checkpoint that does not hold: its signature is not the key's, or the
     * seal at its position no longer has its hash. Null when every checkpoint holds.
     */
    Long firstBroken() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.position, c.hash, c.signed_at, c.signature, s.hash, s.event_id
                  from audit_checkpoint c left join audit_seal s on s.position = c.position order by c.position""")
                .getResultList();
        for (Object[] row : rows) {
            long position = ((Number) row[0]).longValue();
            boolean signed = MessageDigest.isEqual(sign(position, (String) row[1], NativeQueries.instant(row[2]))
                    .getBytes(StandardCharsets.US_ASCII), ((String) row[3]).getBytes(StandardCharsets.US_ASCII));
            if (!signed || !row[1].equals(row[4])) {
                return row[5] == null ? position : ((Number) row[5]).longValue();
            }
        }
        return null;
    }

    private String sign(long position, String hash, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((position + "|" + hash + "|" + at).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
