package org.attune.coding.pseudonyms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.attune.store.StoreException;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@value #FILE_NAME} in the project folder: the key table, encrypted with its own passphrase whether the project is
 * encrypted or not. The key is derived with PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} iterations, a fresh 16-byte salt
 * at each save) and the table sealed with AES-256-GCM (a fresh 12-byte nonce at each save), all from the Java runtime;
 * the file holds the parameters, salt, nonce and the sealed JSON, never the key or a name. A wrong passphrase fails
 * GCM's authentication: {@link #open} says so. Not in the EMF model, so it is not in the store, its backups or exports.
 */
public final class KeyTableFile {
    public static final String FILE_NAME = "pseudonyms.key";
    static final String FORMAT = "attune-pseudonyms";
    static final int ITERATIONS = 600_000;
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final String CIPHER = "AES/GCM/NoPadding";

    private KeyTableFile() {
    }

    public static Path of(Path projectFolder) {
        return projectFolder.resolve(FILE_NAME);
    }

    /** Whether the project in {@code folder} has a key table. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(of(folder));
    }

    /**
     * The key table of the project in {@code folder}, opened with {@code passphrase}; an empty table where there is none
     * yet (the first save creates the file with this passphrase).
     *
     * @throws StoreException naming the file: a wrong passphrase, a damaged or unreadable file
     */
    public static KeyTable open(Path folder, char[] passphrase) throws StoreException {
        Path file = of(folder);
        requirePassphrase(file, passphrase);
        if (!Files.exists(file)) {
            return new KeyTable();
        }
        JsonObject sealed;
        byte[] salt;
        byte[] nonce;
        byte[] data;
        int iterations;
        try {
            sealed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!FORMAT.equals(sealed.get("format").getAsString())) {
                throw new JsonParseException("not a key table");
            }
            iterations = sealed.get("iterations").getAsInt();
            salt = Base64.getDecoder().decode(sealed.get("salt").getAsString());
            nonce = Base64.getDecoder().decode(sealed.get("nonce").getAsString());
            data = Base64.getDecoder().decode(sealed.get("data").getAsString());
        } catch (IOException e) {
            throw new StoreException(file, "cannot read the key table (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) { // JSON, a missing member, Base64
            throw new StoreException(file, "the key table file is damaged: it is not an Attune key table", e);
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key(passphrase, salt, iterations), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            plain = cipher.doFinal(data);
        } catch (AEADBadTagException e) {
            throw new StoreException(file, "wrong passphrase for the key table (or the file was changed)", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException(file, "the key table cannot be decrypted (" + e.getMessage() + ")", e);
        }
        try {
            return fromJson(new String(plain, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new StoreException(file, "the key table file is damaged (" + e.getMessage() + ")", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Writes {@code table} to the project in {@code folder}, sealed with {@code passphrase}, replacing the file whole. */
    public static void save(Path folder, KeyTable table, char[] passphrase) throws StoreException {
        Path file = of(folder);
        requirePassphrase(file, passphrase);
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] plain = toJson(table).getBytes(StandardCharsets.UTF_8);
        JsonObject sealed = new JsonObject();
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key(passphrase, salt, ITERATIONS), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.US_ASCII));
            sealed.addProperty("format", FORMAT);
            sealed.addProperty("kdf", "pbkdf2-hmac-sha256");
            sealed.addProperty("iterations", ITERATIONS);
            sealed.addProperty("cipher", "aes-256-gcm");
            sealed.addProperty("salt", Base64.getEncoder().encodeToString(salt));
            sealed.addProperty("nonce", Base64.getEncoder().encodeToString(nonce));
            sealed.addProperty("data", Base64.getEncoder().encodeToString(cipher.doFinal(plain)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        try {
            Files.writeString(partial, new Gson().toJson(sealed), StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial file holds only sealed data
            }
            throw new StoreException(file, "cannot write the key table (" + e.getMessage() + ")", e);
        }
    }

    private static void requirePassphrase(Path file, char[] passphrase) throws StoreException {
        if (passphrase == null || passphrase.length == 0) {
            throw new StoreException(file, "the key table needs its passphrase");
        }
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        if (iterations < 1 || iterations > 100_000_000) {
            throw new IllegalArgumentException("implausible iteration count " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    static String toJson(KeyTable table) {
        JsonObject json = new JsonObject();
        JsonArray entries = new JsonArray();
        for (KeyTable.Entry e : table.entries()) {
            JsonObject o = new JsonObject();
            o.addProperty("real", e.real());
            o.addProperty("pseudonym", e.pseudonym());
            o.addProperty("origin", e.origin().label());
            entries.add(o);
        }
        json.add("entries", entries);
        JsonArray rejected = new JsonArray();
        table.rejected().stream().sorted().forEach(rejected::add);
        json.add("rejected", rejected);
        return json.toString();
    }

    static KeyTable fromJson(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        KeyTable table = new KeyTable();
        for (var e : json.getAsJsonArray("entries")) {
            JsonObject o = e.getAsJsonObject();
            table.put(o.get("real").getAsString(), o.get("pseudonym").getAsString(), KeyTable.Origin.parse(o.get("origin").getAsString()));
        }
        for (var r : json.getAsJsonArray("rejected")) {
            table.reject(r.getAsString());
        }
        return table;
    }
}
