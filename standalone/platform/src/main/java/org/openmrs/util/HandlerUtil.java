package org.openmrs.util;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.annotation.Handler;
import org.openmrs.api.APIException;
import org.openmrs.api.context.Context;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * Stand-in for {@code org.openmrs.util.HandlerUtil}: finds the registered beans of a handler type whose
 * {@link Handler#supports()} covers a class, ordered by {@link Handler#order()} (lowest first).
 */
@Component
public class HandlerUtil implements ApplicationListener<ContextRefreshedEvent> {

	private static final Map<List<Class<?>>, List<?>> cachedHandlers = new ConcurrentHashMap<>();

	public static void clearCachedHandlers() {
		cachedHandlers.clear();
	}

	@SuppressWarnings("unchecked")
	public static <H, T> List<H> getHandlersForType(Class<H> handlerType, Class<T> type) {
		List<Class<?>> key = new ArrayList<>();
		key.add(handlerType);
		key.add(type);
		List<?> cached = cachedHandlers.get(key);
		if (cached != null) {
			return (List<H>) cached;
		}
		List<H> handlers = new ArrayList<>();
		for (H handler : Context.getRegisteredComponents(handlerType)) {
			Handler handlerAnnotation = handler.getClass().getAnnotation(Handler.class);
			if (handlerAnnotation != null) {
				if (type == null) {
					handlers.add(handler);
				} else {
					for (Class<?> clazz : handlerAnnotation.supports()) {
						if (clazz.isAssignableFrom(type)) {
							handlers.add(handler);
						}
					}
				}
			}
		}
		handlers.sort(Comparator.comparing(o -> getOrderOfHandler(o.getClass())));
		cachedHandlers.put(key, handlers);
		return handlers;
	}

	public static <H, T> H getPreferredHandler(Class<H> handlerType, Class<T> type) {
		if (handlerType == null || type == null) {
			throw new IllegalArgumentException("You must specify both a handlerType and a type");
		}
		List<H> handlers = getHandlersForType(handlerType, type);
		if (handlers.isEmpty()) {
			throw new APIException("handler.type.not.found", new Object[] { handlerType, type });
		}
		if (handlers.size() > 1) {
			int order1 = getOrderOfHandler(handlers.get(0).getClass());
			int order2 = getOrderOfHandler(handlers.get(1).getClass());
			if (order1 == order2) {
				throw new APIException("handler.type.multiple", new Object[] { handlerType, type });
			}
		}
		return handlers.get(0);
	}

	public static Integer getOrderOfHandler(Class<?> handlerClass) {
		Handler annotation = handlerClass.getAnnotation(Handler.class);
		if (annotation == null) {
			throw new APIException("class.not.annotated.as.handler", new Object[] { handlerClass });
		}
		return annotation.order();
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		clearCachedHandlers();
	}
}
