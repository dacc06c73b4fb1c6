package org.openmrs.aop;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.OpenmrsObject;
import org.openmrs.Retireable;
import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.DisableHandlers;
import org.openmrs.annotation.Independent;
import org.openmrs.api.APIException;
import org.openmrs.api.context.Context;
import org.openmrs.api.handler.RequiredDataHandler;
import org.openmrs.api.handler.RetireHandler;
import org.openmrs.api.handler.SaveHandler;
import org.openmrs.api.handler.UnretireHandler;
import org.openmrs.api.handler.UnvoidHandler;
import org.openmrs.api.handler.VoidHandler;
import org.openmrs.util.HandlerUtil;
import org.openmrs.validator.ValidateUtil;
import org.springframework.aop.MethodBeforeAdvice;

/**
 * Stand-in for {@code org.openmrs.aop.RequiredDataAdvice}. Before a service method whose name starts with
 * save/create, void, unvoid, retire or unretire <em>and ends with the simple name of the first argument's class
 * (or of one of its superclasses)</em> — e.g. {@code savePortalMessage(PortalMessage)} — runs the matching
 * {@code @Handler} beans on that argument and, recursively, on the OpenmrsObjects in its collection fields
 * (unless {@link Independent}); save/create then validates it with {@link ValidateUtil}. A save method taking a
 * collection of OpenmrsObjects handles and validates each element.
 */
public class RequiredDataAdvice implements MethodBeforeAdvice {

	private static final String UNABLE_GETTER_METHOD = "unable.getter.method";

	@Override
	@SuppressWarnings("unchecked")
	public void before(Method method, Object[] args, Object target) throws Throwable {
		String methodName = method.getName();
		if (args == null || args.length == 0) {
			return;
		}
		Object mainArgument = args[0];
		if (mainArgument == null) {
			return;
		}
		if (methodName.startsWith("save") || methodName.startsWith("create")) {
			if (mainArgument instanceof OpenmrsObject) {
				if (!methodNameEndsWithClassName(method, mainArgument.getClass())) {
					return;
				}
				String other = null;
				if (args.length > 1 && args[1] instanceof String) {
					other = (String) args[1];
				}
				recursivelyHandle(SaveHandler.class, (OpenmrsObject) mainArgument, other);
				ValidateUtil.validate(mainArgument);
			} else if (isOpenmrsObjectCollection(mainArgument)) {
				String other = null;
				if (args.length > 1) {
					other = (String) args[1];
				}
				for (OpenmrsObject object : (Collection<OpenmrsObject>) mainArgument) {
					recursivelyHandle(SaveHandler.class, object, other);
					ValidateUtil.validate(object);
				}
			}
		} else {
			if (!methodNameEndsWithClassName(method, mainArgument.getClass())) {
				return;
			}
			if (methodName.startsWith("void")) {
				Voidable voidable = (Voidable) args[0];
				Date dateVoided = voidable.getDateVoided() == null ? new Date() : voidable.getDateVoided();
				String voidReason = (String) args[1];
				recursivelyHandle(VoidHandler.class, voidable, Context.getAuthenticatedUser(), dateVoided, voidReason,
				    (Set<OpenmrsObject>) null);
			} else if (methodName.startsWith("unvoid")) {
				Voidable voidable = (Voidable) args[0];
				recursivelyHandle(UnvoidHandler.class, voidable, voidable.getVoidedBy(), voidable.getDateVoided(), null,
				    (Set<OpenmrsObject>) null);
			} else if (methodName.startsWith("retire")) {
				Retireable retireable = (Retireable) args[0];
				Date dateRetired = retireable.getDateRetired() == null ? new Date() : retireable.getDateRetired();
				String retireReason = (String) args[1];
				recursivelyHandle(RetireHandler.class, retireable, Context.getAuthenticatedUser(), dateRetired,
				    retireReason, (Set<OpenmrsObject>) null);
			} else if (methodName.startsWith("unretire")) {
				Retireable retireable = (Retireable) args[0];
				recursivelyHandle(UnretireHandler.class, retireable, Context.getAuthenticatedUser(),
				    retireable.getDateRetired(), null, (Set<OpenmrsObject>) null);
			}
		}
	}

	private boolean methodNameEndsWithClassName(Method method, Class<?> mainArgumentClass) {
		String methodName = method.getName();
		for (Class<?> c = mainArgumentClass; c != null; c = c.getSuperclass()) {
			if (methodName.endsWith(c.getSimpleName())) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("rawtypes")
	public static <H extends RequiredDataHandler> void recursivelyHandle(Class<H> handlerType, OpenmrsObject openmrsObject,
	        String reason) {
		recursivelyHandle(handlerType, openmrsObject, Context.getAuthenticatedUser(), new Date(), reason,
		    (Set<OpenmrsObject>) null);
	}

	@SuppressWarnings("rawtypes")
	public static <H extends RequiredDataHandler> void recursivelyHandle(Class<H> handlerType, OpenmrsObject openmrsObject,
	        User currentUser, Date currentDate, String other, List<OpenmrsObject> alreadyHandled) {
		recursivelyHandle(handlerType, openmrsObject, currentUser, currentDate, other,
		    alreadyHandled != null ? new HashSet<>(alreadyHandled) : null);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	public static <H extends RequiredDataHandler> void recursivelyHandle(Class<H> handlerType, OpenmrsObject openmrsObject,
	        User currentUser, Date currentDate, String other, Set<OpenmrsObject> alreadyHandled) {
		if (openmrsObject == null) {
			return;
		}
		Class<? extends OpenmrsObject> openmrsObjectClass = openmrsObject.getClass();
		if (alreadyHandled == null) {
			alreadyHandled = new HashSet<>();
		}
		for (H handler : HandlerUtil.getHandlersForType(handlerType, openmrsObjectClass)) {
			handler.handle(openmrsObject, currentUser, currentDate, other);
		}
		alreadyHandled.add(openmrsObject);
		for (Field field : openmrsObjectFields(openmrsObjectClass)) {
			if (isIndependent(openmrsObjectClass, field.getName())) {
				continue;
			}
			if (isOpenmrsObjectCollectionField(field) && !isHandlerMarkedAsDisabled(handlerType, field)) {
				Collection<OpenmrsObject> childCollection = getChildCollection(openmrsObject, field);
				if (childCollection != null) {
					for (OpenmrsObject collectionElement : childCollection) {
						if (!alreadyHandled.contains(collectionElement)) {
							recursivelyHandle(handlerType, collectionElement, currentUser, currentDate, other,
							    alreadyHandled);
						}
					}
				}
			}
		}
	}

	/** Fields declared by the class and its OpenmrsObject superclasses. */
	private static List<Field> openmrsObjectFields(Class<?> cls) {
		List<Field> fields = new ArrayList<>();
		for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
			if (OpenmrsObject.class.isAssignableFrom(c)) {
				for (Field field : c.getDeclaredFields()) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	/** As the real platform: only a field declared by the object's own class is looked at. */
	private static boolean isIndependent(Class<?> cls, String fieldName) {
		try {
			return cls.getDeclaredField(fieldName).isAnnotationPresent(Independent.class);
		}
		catch (NoSuchFieldException e) {
			return false;
		}
	}

	private static boolean isOpenmrsObjectCollectionField(Field field) {
		if (!Collection.class.isAssignableFrom(field.getType()) || !(field.getGenericType() instanceof ParameterizedType)) {
			return false;
		}
		Type arg = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
		if (arg instanceof Class) {
			return OpenmrsObject.class.isAssignableFrom((Class<?>) arg);
		}
		if (arg instanceof TypeVariable) {
			for (Type bound : ((TypeVariable<?>) arg).getBounds()) {
				Type raw = bound instanceof ParameterizedType ? ((ParameterizedType) bound).getRawType() : bound;
				if (raw instanceof Class && OpenmrsObject.class.isAssignableFrom((Class<?>) raw)) {
					return true;
				}
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	protected static Collection<OpenmrsObject> getChildCollection(OpenmrsObject openmrsObject, Field field) {
		String fieldName = field.getName();
		String getterName = "get" + StringUtils.capitalize(fieldName);
		try {
			Method getterMethod = openmrsObject.getClass().getMethod(getterName, (Class[]) null);
			return (Collection<OpenmrsObject>) getterMethod.invoke(openmrsObject);
		}
		catch (IllegalAccessException e) {
			throw new APIException(UNABLE_GETTER_METHOD, new Object[] { "use", getterName, fieldName,
			        openmrsObject.getClass() });
		}
		catch (InvocationTargetException e) {
			throw new APIException(UNABLE_GETTER_METHOD, new Object[] { "run", getterName, fieldName,
			        openmrsObject.getClass() });
		}
		catch (NoSuchMethodException e) {
			throw new APIException(UNABLE_GETTER_METHOD, new Object[] { "find", getterName, fieldName,
			        openmrsObject.getClass() });
		}
	}

	protected static boolean isOpenmrsObjectCollection(Object arg) {
		if (arg instanceof Collection) {
			Collection<?> col = (Collection<?>) arg;
			return !col.isEmpty() && col.iterator().next() instanceof OpenmrsObject;
		}
		return false;
	}

	@SuppressWarnings("rawtypes")
	protected static boolean isHandlerMarkedAsDisabled(Class<? extends RequiredDataHandler> handlerType, Field field) {
		if (!field.isAnnotationPresent(DisableHandlers.class)) {
			return false;
		}
		for (Class<? extends RequiredDataHandler> h : field.getAnnotation(DisableHandlers.class).handlerTypes()) {
			if (h.isAssignableFrom(handlerType)) {
				return true;
			}
		}
		return false;
	}
}
