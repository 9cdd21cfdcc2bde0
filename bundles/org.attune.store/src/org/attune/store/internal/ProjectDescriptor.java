package org.attune.store.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.attune.store.StoreException;
import org.attune.store.WrongPassphraseException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * {@value #FILE_NAME}: what a project folder is, readable without opening the store: format, schema
 * version, and for an encrypted project the key derivation's parameters and a check value (never the key).
 * {@link DescriptorFiles} keeps it on disk.
 * The store key is derived from the passphrase with Argon2id (BouncyCastle); Xodus encrypts the store with
 * ChaCha20 under that key.
 */
public final class ProjectDescriptor {
    public static final String FILE_NAME = "attune-project.json";
    static final String FORMAT = "attune-project";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final byte[] CHECK_LABEL = "attune key check".getBytes(StandardCharsets.US_ASCII);

    /** Serialized form. */
    static final class Content {
        String format = FORMAT;
        int schemaVersion;
        Encryption encryption;
    }

    /** Argon2id parameters; {@code check} = HMAC-SHA256(key, "attune key check"). */
    static final class Encryption {
        String kdf = "argon2id";
        String cipher = "chacha20";
        String salt;
        int memoryKiB;
        int iterations;
        int parallelism;
        long basicIV;
        String check;
    }

    private final Content content;
    /** The store key once {@link #unlock} checked it, for the key of the copied originals. */
    private byte[] unlocked;

    private ProjectDescriptor(Content content) {
        this.content = content;
    }

    /**
     * The descriptor {@code json} holds.
     *
     * @throws JsonParseException if it is not JSON, or not a whole descriptor (e.g. a damaged copy)
     */
    static ProjectDescriptor parse(String json) {
        Content content = GSON.fromJson(json, Content.class);
        if (content == null) {
            throw new JsonParseException("it is empty");
        }
        if (!FORMAT.equals(content.format) || content.schemaVersion < 1) {
            throw new JsonParseException("it does not describe an Attune project");
        }
        Encryption e = content.encryption;
        if (e != null && (e.salt == null || e.check == null || e.memoryKiB <= 0 || e.iterations <= 0 || e.parallelism <= 0)) {
            throw new JsonParseException("its key-derivation parameters are incomplete");
        }
        if (e != null) {
            try {
                Base64.getDecoder().decode(e.salt);
                HexFormat.of().parseHex(e.check);
            } catch (IllegalArgumentException damaged) {
                throw new JsonParseException("its key-derivation parameters are damaged");
            }
        }
        return new ProjectDescriptor(content);
    }

    String toJson() {
        return GSON.toJson(content);
    }

    /** A new descriptor; with a passphrase, fresh salt and IV and the check value for the derived key. */
    public static ProjectDescriptor create(int schemaVersion, char[] passphrase) {
        return create(schemaVersion, passphrase, true);
    }

    /**
     * As {@link #create(int, char[])}; {@code stretched}: whether the passphrase is made costly to guess (Argon2id with
     * 64 MiB and 3 passes, for a passphrase a person chose) or, for a random key of full strength, derived with the
     * least work Argon2id allows.
     */
    public static ProjectDescriptor create(int schemaVersion, char[] passphrase, boolean stretched) {
        Content content = new Content();
        content.schemaVersion = schemaVersion;
        if (passphrase != null) {
            SecureRandom random = new SecureRandom();
            Encryption e = new Encryption();
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            e.salt = Base64.getEncoder().encodeToString(salt);
            e.memoryKiB = stretched ? 64 * 1024 : 8;
            e.iterations = stretched ? 3 : 1;
            e.parallelism = 1;
            e.basicIV = random.nextLong();
            e.check = HexFormat.of().formatHex(check(deriveKey(passphrase, e)));
            content.encryption = e;
        }
        return new ProjectDescriptor(content);
    }

    public int schemaVersion() {
        return content.schemaVersion;
    }

    public void setSchemaVersion(int version) {
        content.schemaVersion = version;
    }

    public boolean encrypted() {
        return content.encryption != null;
    }

    public long basicIV() {
        return content.encryption.basicIV;
    }

    /** The IV of a store rewritten under a fresh one ({@link StoreRewrite}). */
    void setBasicIV(long iv) {
        content.encryption.basicIV = iv;
    }

    /** The store key for {@code passphrase}, after checking it against the stored check value. */
    public byte[] unlock(Path folder, char[] passphrase) throws StoreException {
        if (passphrase == null) {
            throw new WrongPassphraseException(folder, false);
        }
        byte[] key = deriveKey(passphrase, content.encryption);
        if (!MessageDigest.isEqual(check(key), HexFormat.of().parseHex(content.encryption.check))) {
            throw new WrongPassphraseException(folder, true);
        }
        unlocked = key.clone();
        return key;
    }

    /**
     * The key of the project's encrypted originals (derived from the store key, never stored), once {@link #unlock}
     * succeeded; null before, or in an unencrypted project.
     */
    public byte[] originalsKey() {
        return unlocked == null ? null : SealedFiles.originalsKey(unlocked);
    }

    static byte[] deriveKey(char[] passphrase, Encryption e) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withSalt(Base64.getDecoder().decode(e.salt)).withMemoryAsKB(e.memoryKiB)
                .withIterations(e.iterations).withParallelism(e.parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return key;
    }

    private static byte[] check(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
