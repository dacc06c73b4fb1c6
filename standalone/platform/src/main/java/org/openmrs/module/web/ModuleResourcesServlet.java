package org.openmrs.module.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openmrs-web's servlet mapped to {@code /moduleResources/*}: serves
 * {@code /openmrs/moduleResources/<moduleId>/<path>} from the files a started module's
 * {@code web/module/resources} folder was copied to, {@code <webapp>/WEB-INF/view/module/<moduleId>/resources},
 * or, when the system property {@code <moduleId>.development.directory} names a module's source tree,
 * from {@code <that>/omod/target/classes/web/module/resources} (the real development mode).
 * <p>
 * As the real one: the longest started module id matching the path wins ({@code a/b/c.js} tries module
 * {@code a.b}, then {@code a}); the content type is the servlet container's MIME mapping of the file
 * name; {@code Last-Modified} is set and conditional GETs are answered; a path that leaves the module's
 * folder after normalisation, an unknown module or a missing file is a bare 404; a folder is taken for a file and
 * fails while it is copied, and a path without a module folder ({@code /moduleResources/x}) with an
 * IllegalArgumentException: both a 500 from the servlet container.
 */
public class ModuleResourcesServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	private static final String MODULE_PATH = "/WEB-INF/view/module/";

	private static final Logger log = LoggerFactory.getLogger(ModuleResourcesServlet.class);

	@Override
	protected long getLastModified(HttpServletRequest req) {
		File f = getFile(req);
		if (f == null) {
			return super.getLastModified(req);
		}
		return f.lastModified();
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		File f = getFile(request);
		if (f == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		response.setDateHeader("Last-Modified", f.lastModified());
		response.setContentLength((int) f.length());
		response.setContentType(getServletContext().getMimeType(f.getName()));
		Files.copy(f.toPath(), response.getOutputStream());
	}

	/**
	 * @param request the current request
	 * @return the file or folder the request names, or null when there is none
	 */
	protected File getFile(HttpServletRequest request) {
		String path = request.getPathInfo();
		if (path.lastIndexOf('/') <= 0) {
			// as ModuleUtil.getModuleForPath
			throw new IllegalArgumentException(
			        "Input must be /moduleId/resource. Input needs a / after the first character: " + path);
		}
		String moduleId = getModuleIdForPath(path);
		if (moduleId == null) {
			log.warn("No module handles the path: {}", path);
			return null;
		}
		String moduleIdAsPath = moduleId.replace('.', '/');
		String relativePath = (path.startsWith("/") ? path.substring(1) : path).substring(moduleIdAsPath.length());

		File devDir = getDevelopmentDirectory(moduleId);
		String basePath = devDir != null ? devDir.getAbsolutePath() + "/omod/target/classes/web/module/resources"
		        : getModuleResourcesFolder(moduleIdAsPath);
		Path normalizedPath = Paths.get(basePath + relativePath).normalize();
		Path normalizedBase = Paths.get(basePath).normalize();
		if (!normalizedPath.startsWith(normalizedBase)) {
			log.warn("Detected attempted directory traversal with path: {}", path);
			return null;
		}
		File f = normalizedPath.toFile();
		if (!f.exists()) {
			log.warn("No file with path '{}' exists for module '{}'", normalizedPath, moduleId);
			return null;
		}
		return f;
	}

	/** Longest prefix of the path, read as a dotted module id, whose module has been started. */
	private String getModuleIdForPath(String path) {
		int ind = path.lastIndexOf('/');
		String moduleId = (path.startsWith("/") ? path.substring(1, ind) : path.substring(0, ind)).replace('/', '.');
		while (true) {
			if (isStarted(moduleId)) {
				return moduleId;
			}
			ind = moduleId.lastIndexOf('.');
			if (ind < 0) {
				return null;
			}
			moduleId = moduleId.substring(0, ind);
		}
	}

	/** A module is started when its web resources were put in place, as the platform does on start. */
	private boolean isStarted(String moduleId) {
		if (moduleId.isEmpty()) {
			return false;
		}
		return getDevelopmentDirectory(moduleId) != null
		        || new File(getModuleResourcesFolder(moduleId.replace('.', '/'))).isDirectory();
	}

	private String getModuleResourcesFolder(String moduleIdAsPath) {
		return getServletContext().getRealPath("") + MODULE_PATH + moduleIdAsPath + "/resources";
	}

	private static File getDevelopmentDirectory(String moduleId) {
		String directory = System.getProperty(moduleId + ".development.directory");
		return directory == null || directory.trim().isEmpty() ? null : new File(directory);
	}
}
