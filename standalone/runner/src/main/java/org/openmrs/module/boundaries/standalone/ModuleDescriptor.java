package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.openmrs.GlobalProperty;
import org.openmrs.Privilege;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.UserService;
import org.openmrs.api.context.Context;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The module the runner starts: the omod on the class path, recognised by its {@code config.xml} (a
 * {@code <module>} document at the root, as in every {@code .omod}).
 */
public final class ModuleDescriptor {

	/** Where an omod keeps the files the platform serves under {@code /moduleResources/<id>/}. */
	static final String WEB_RESOURCES = "web/module/resources";

	private final String moduleId;

	private final String name;

	private final String version;

	private final String activatorClassName;

	private final URL configXml;

	private final Map<String, String> privileges = new LinkedHashMap<>();

	private final Map<String, String[]> globalProperties = new LinkedHashMap<>();

	private final Map<String, String> filterClasses = new LinkedHashMap<>();

	private final List<String[]> filterMappings = new ArrayList<>();

	private ModuleDescriptor(URL configXml, Document doc) {
		this.configXml = configXml;
		Element root = doc.getDocumentElement();
		NodeList privilegeNodes = root.getElementsByTagName("privilege");
		for (int i = 0; i < privilegeNodes.getLength(); i++) {
			Element privilege = (Element) privilegeNodes.item(i);
			privileges.put(text(privilege, "name"), text(privilege, "description"));
		}
		NodeList gpNodes = root.getElementsByTagName("globalProperty");
		for (int i = 0; i < gpNodes.getLength(); i++) {
			Element gp = (Element) gpNodes.item(i);
			globalProperties.put(text(gp, "property"), new String[] { text(gp, "defaultValue"), text(gp, "description") });
		}
		NodeList filterNodes = root.getElementsByTagName("filter");
		for (int i = 0; i < filterNodes.getLength(); i++) {
			Element filter = (Element) filterNodes.item(i);
			filterClasses.put(text(filter, "filter-name"), text(filter, "filter-class"));
		}
		NodeList mappingNodes = root.getElementsByTagName("filter-mapping");
		for (int i = 0; i < mappingNodes.getLength(); i++) {
			Element mapping = (Element) mappingNodes.item(i);
			filterMappings.add(new String[] { text(mapping, "filter-name"), text(mapping, "url-pattern") });
		}
		this.moduleId = text(root, "id");
		this.name = text(root, "name");
		this.version = text(root, "version");
		this.activatorClassName = text(root, "activator");
	}

	/** The single module whose config.xml is on the class loader's path. */
	public static ModuleDescriptor find(ClassLoader classLoader) throws Exception {
		Enumeration<URL> candidates = classLoader.getResources("config.xml");
		for (URL url : Collections.list(candidates)) {
			Document doc = parse(url);
			if ("module".equals(doc.getDocumentElement().getTagName())) {
				return new ModuleDescriptor(url, doc);
			}
		}
		throw new IllegalStateException("No module config.xml on the class path: is the omod built?");
	}

	private static Document parse(URL url) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setValidating(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		try (InputStream in = url.openStream()) {
			return builder.parse(in);
		}
	}

	/** Text of the first direct child element with that tag. */
	private static String text(Element parent, String tag) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element && tag.equals(((Element) node).getTagName())) {
				return node.getTextContent().trim();
			}
		}
		return null;
	}

	public String getModuleId() {
		return moduleId;
	}

	public String getName() {
		return name;
	}

	public String getVersion() {
		return version;
	}

	public String getActivatorClassName() {
		return activatorClassName;
	}

	/** Filter name to class name, as config.xml declares them ({@code <filter>}). */
	public Map<String, String> getFilterClasses() {
		return Collections.unmodifiableMap(filterClasses);
	}

	/** Filter name and URL pattern of each {@code <filter-mapping>}, in config.xml's order. */
	public List<String[]> getFilterMappings() {
		return Collections.unmodifiableList(filterMappings);
	}

	/** Privilege name to description, as config.xml declares them. */
	public Map<String, String> getPrivileges() {
		return Collections.unmodifiableMap(privileges);
	}

	/**
	 * What the platform does for a starting module (Context.checkCoreDataset): every privilege and global
	 * property config.xml declares is created when the database does not have it yet. Needs an open,
	 * privileged session.
	 */
	void createDeclaredPrivilegesAndGlobalProperties() {
		UserService users = Context.getUserService();
		for (Map.Entry<String, String> entry : privileges.entrySet()) {
			if (users.getPrivilege(entry.getKey()) == null) {
				users.savePrivilege(new Privilege(entry.getKey(), entry.getValue()));
			}
		}
		AdministrationService admin = Context.getAdministrationService();
		for (Map.Entry<String, String[]> entry : globalProperties.entrySet()) {
			if (admin.getGlobalPropertyObject(entry.getKey()) == null) {
				admin.saveGlobalProperty(new GlobalProperty(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
			}
		}
	}

	/**
	 * Copies the omod's {@code web/module/resources} tree to
	 * {@code <webappRoot>/WEB-INF/view/module/<moduleId>/resources}, where the platform puts a started
	 * module's web resources.
	 */
	public void copyWebResources(Path webappRoot) throws IOException {
		Path target = webappRoot.resolve("WEB-INF/view/module/" + moduleId.replace('.', '/') + "/resources");
		Files.createDirectories(target);
		URI uri;
		try {
			uri = configXml.toURI();
		}
		catch (Exception e) {
			throw new IOException(e);
		}
		if ("jar".equals(uri.getScheme())) {
			try (FileSystem fs = FileSystems.newFileSystem(uri, Collections.<String, Object> emptyMap())) {
				copyTree(fs.getPath("/" + WEB_RESOURCES), target);
			}
		} else {
			copyTree(Paths.get(uri).getParent().resolve(WEB_RESOURCES), target);
		}
	}

	private static void copyTree(Path source, Path target) throws IOException {
		if (!Files.isDirectory(source)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path dest = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(path, dest, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
