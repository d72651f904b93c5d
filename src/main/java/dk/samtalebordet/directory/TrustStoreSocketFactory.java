package dk.samtalebordet.directory;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * LDAPS sockets that trust the certificates of the configured trust store, and only for the directory: Java's
 * LDAP client takes its socket factory by class name ({@code java.naming.ldap.factory.socket}) and calls the
 * static {@link #getDefault()}, so the factory is installed here once at startup. Other TLS connections (the
 * identity provider, the mail server) keep Java's own trust.
 */
public final class TrustStoreSocketFactory extends SSLSocketFactory {

    private static volatile SSLSocketFactory installed;

    private TrustStoreSocketFactory() {
    }

    static void install(String trustStore, String password, String type) {
        try (InputStream in = Files.newInputStream(Path.of(trustStore))) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password == null ? null : password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            installed = context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("samtalebordet.ldap.trust-store cannot be read: " + trustStore, e);
        }
    }

    /** Called by Java's LDAP client. */
    public static SocketFactory getDefault() {
        return new TrustStoreSocketFactory();
    }

    private static SSLSocketFactory delegate() {
        SSLSocketFactory factory = installed;
        if (factory == null) {
            throw new IllegalStateException("No LDAP trust store installed");
        }
        return factory;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate().getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate().getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return delegate().createSocket();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return delegate().createSocket(s, host, port, autoClose);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return delegate().createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return delegate().createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return delegate().createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return delegate().createSocket(address, port, localAddress, localPort);
    }
}
